namespace StapSharp.Syntax.InternalSyntax
{
    /// <summary>The green base of nodes that live in trivia: skipped tokens and preprocessor directives.</summary>
    internal abstract class StructuredTriviaSyntax : StapSyntaxNode
    {
        protected StructuredTriviaSyntax(SyntaxKind kind, SyntaxDiagnosticInfo[]? diagnostics)
            : base(kind, diagnostics)
        {
        }

        public override bool IsStructuredTrivia => true;
    }
}
