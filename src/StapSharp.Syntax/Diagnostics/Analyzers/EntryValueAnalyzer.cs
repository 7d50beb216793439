using System.Collections.Immutable;
using System.Linq;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// STP5011: a target variable (<c>$count</c>) read in a <c>.return</c> probe without <c>@entry(...)</c>. In a return
    /// probe stap gives the value the variable had at function entry; writing <c>@entry($count)</c> says so.
    /// <c>$return</c> and <c>$$return</c> are exempt.
    /// </summary>
    internal sealed class EntryValueAnalyzer : StapAnalyzer
    {
        /// <summary>STP5011: use @entry in a return probe.</summary>
        public static readonly DiagnosticDescriptor Rule = BuiltInRules.Create(
            "STP5011", "Use @entry for parameters in return probes",
            "'{0}' in a .return probe reads the value saved at function entry; write '@entry({0})' to make that explicit",
            BuiltInRules.Style, DiagnosticSeverity.Info,
            "When a .return probe mentions a parameter, stap saves its value at entry. The parameter may have changed by the time the function returns; @entry() makes the reader aware that the old value is used.");

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context) =>
            context.RegisterSyntaxNodeAction(AnalyzeTargetSymbol, SyntaxKind.TargetSymbolExpression);

        private static void AnalyzeTargetSymbol(SyntaxNodeAnalysisContext context)
        {
            var target = (TargetSymbolExpressionSyntax)context.Node;
            string name = target.Identifier.Text;
            if (name == "$return" || name == "$$return" || target.Identifier.IsMissing) return;
            if (target.Ancestors().Any(a => a.Kind == SyntaxKind.EntryExpression)) return;
            if (target.Parent is AssignmentExpressionSyntax assignment && assignment.Left == target) return;
            var points = AnalyzerSyntax.EnclosingProbePoints(target).ToList();
            if (points.Count == 0 || !points.All(AnalyzerSyntax.IsReturnProbePoint)) return;
            context.ReportDiagnostic(Diagnostic.Create(Rule, target.GetLocation(), name));
        }
    }
}
