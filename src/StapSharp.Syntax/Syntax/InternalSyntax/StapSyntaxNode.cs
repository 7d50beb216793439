namespace StapSharp.Syntax.InternalSyntax
{
    /// <summary>The green base of every generated node class (the red side is <see cref="global::StapSharp.Syntax.StapSyntaxNode"/>).</summary>
    internal abstract class StapSyntaxNode : GreenNode
    {
        protected StapSyntaxNode(SyntaxKind kind, SyntaxDiagnosticInfo[]? diagnostics)
            : base(kind, diagnostics)
        {
        }
    }
}
