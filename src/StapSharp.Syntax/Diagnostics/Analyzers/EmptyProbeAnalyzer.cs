using System.Collections.Immutable;
using System.Linq;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>STP5016: a probe whose body has no statements (and no comment explaining why).</summary>
    internal sealed class EmptyProbeAnalyzer : StapAnalyzer
    {
        /// <summary>STP5016: the probe body is empty.</summary>
        public static readonly DiagnosticDescriptor Rule = BuiltInRules.Create(
            "STP5016", "Empty probe body", "Probe '{0}' has an empty body",
            BuiltInRules.Style, DiagnosticSeverity.Warning,
            "A probe without statements does nothing; stap elides it. Add the handler code, or a comment inside the braces when the probe is meant to be empty.");

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context) =>
            context.RegisterSyntaxNodeAction(AnalyzeProbe, SyntaxKind.ProbeDeclaration);

        private static void AnalyzeProbe(SyntaxNodeAnalysisContext context)
        {
            var probe = (ProbeDeclarationSyntax)context.Node;
            var body = probe.Body;
            if (body.OpenBraceToken.IsMissing || body.CloseBraceToken.IsMissing) return;
            if (body.Statements.Any(statement => statement.Kind != SyntaxKind.EmptyStatement)) return;
            if (body.DescendantTokens().SelectMany(token => token.GetAllTrivia()).Any(IsComment)) return;
            if (probe.ProbePoints.Count == 0 || !probe.ProbePoints.All(IsBuiltInFamilyWithoutCounter)) return;
            var first = probe.ProbePoints[0];
            var span = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(first.SpanStart, probe.ProbePoints[probe.ProbePoints.Count - 1].Span.End);
            context.ReportDiagnostic(Diagnostic.Create(Rule, AnalyzerSyntax.LocationOf(context.SyntaxTree, span), ProbePointsText(probe)));
        }

        private static string ProbePointsText(ProbeDeclarationSyntax probe) =>
            string.Join(", ", probe.ProbePoints.Select(point => point.ToString().Trim()));

        // A probe on an alias runs the alias body even when its own body is empty, and a perf '.counter(...)'
        // probe only declares a counter read elsewhere with @perf; only built-in families are certain to do nothing.
        private static bool IsBuiltInFamilyWithoutCounter(ProbePointSyntax point)
        {
            var names = AnalyzerSyntax.ComponentNames(point);
            return names.Count > 0 && s_builtInFamilies.Contains(names[0]) && !names.Contains("counter");
        }

        private static readonly System.Collections.Generic.HashSet<string> s_builtInFamilies = new(System.StringComparer.Ordinal)
        {
            "begin", "end", "error", "never", "timer", "kernel", "module", "process", "kprobe", "procfs", "netfilter", "perf",
        };

        private static bool IsComment(SyntaxTrivia trivia) =>
            trivia.Kind is SyntaxKind.HashCommentTrivia or SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia;
    }
}
