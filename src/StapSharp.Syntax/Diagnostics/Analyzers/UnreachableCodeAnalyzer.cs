using System.Collections.Immutable;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// STP5014: a statement after <c>next</c>, <c>return</c>, <c>break</c> or <c>continue</c> in the same block.
    /// <c>exit()</c> is not a jump: it only asks stap to shut down, and the rest of the handler still runs.
    /// </summary>
    internal sealed class UnreachableCodeAnalyzer : StapAnalyzer
    {
        /// <summary>STP5014: unreachable statement.</summary>
        public static readonly DiagnosticDescriptor Rule = BuiltInRules.Create(
            "STP5014", "Unreachable code", "Unreachable code: this statement follows '{0}'",
            BuiltInRules.Correctness, DiagnosticSeverity.Warning,
            "Statements after next, return, break or continue in the same block never run.");

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context) =>
            context.RegisterSyntaxNodeAction(AnalyzeBlock, SyntaxKind.Block);

        private static void AnalyzeBlock(SyntaxNodeAnalysisContext context)
        {
            var block = (BlockSyntax)context.Node;
            SyntaxToken? jump = null;
            foreach (var statement in block.Statements)
            {
                if (jump is { } keyword)
                {
                    if (statement.Kind == SyntaxKind.EmptyStatement) continue;
                    context.ReportDiagnostic(Diagnostic.Create(Rule, statement.GetLocation(), keyword.Text));
                    return;
                }
                jump = statement switch
                {
                    NextStatementSyntax next => next.NextKeyword,
                    ReturnStatementSyntax ret => ret.ReturnKeyword,
                    BreakStatementSyntax brk => brk.BreakKeyword,
                    ContinueStatementSyntax cont => cont.ContinueKeyword,
                    _ => null,
                };
            }
        }
    }
}
