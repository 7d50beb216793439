using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace Acme.StapAnalyzers
{
    /// <summary>
    /// ACME001: a probe on <c>kernel.function("*")</c> (or any function pattern that is only wildcards) puts a probe on
    /// every kernel function, which takes minutes to register and slows the whole machine down.
    /// </summary>
    public sealed class WildcardFunctionProbeAnalyzer : StapAnalyzer
    {
        /// <summary>The rule; custom analyzers use their own id prefix.</summary>
        public static readonly DiagnosticDescriptor Rule = new(
            "ACME001", "Probe on every kernel function", "Probe point '{0}' matches every kernel function; name the functions you need",
            "Performance", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context) =>
            context.RegisterSyntaxNodeAction(AnalyzeProbePoint, SyntaxKind.ProbePoint);

        private static void AnalyzeProbePoint(SyntaxNodeAnalysisContext context)
        {
            var point = (ProbePointSyntax)context.Node;
            var components = point.Components.OfType<ProbePointComponentSyntax>().ToList();
            if (components.Count < 2) return;
            string first = string.Concat(components[0].NameTokens.Select(t => t.Text));
            string second = string.Concat(components[1].NameTokens.Select(t => t.Text));
            if (first != "kernel" || second != "function") return;
            if (components[1].Argument?.Value is not LiteralExpressionSyntax { Kind: SyntaxKind.StringLiteralExpression } literal) return;
            string pattern = string.Concat(literal.Tokens.Select(t => t.ValueText));
            if (pattern.Length > 0 && pattern.Trim('*') == string.Empty)
                context.ReportDiagnostic(Diagnostic.Create(Rule, point.GetLocation(), point.ToString().Trim()));
        }
    }
}
