using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// STP5005 (a function parameter never used) and STP5007 (a local variable of a probe or function that is assigned
    /// but never read). Probe alias bodies are skipped: their locals are read by the probes that use the alias.
    /// </summary>
    internal sealed class LocalUsageAnalyzer : StapAnalyzer
    {
        /// <summary>STP5005: the parameter is never used.</summary>
        public static readonly DiagnosticDescriptor UnusedParameterRule = BuiltInRules.Create(
            "STP5005", "Unused parameter", "Parameter '{0}' of function '{1}' is never used",
            BuiltInRules.Usage, DiagnosticSeverity.Warning,
            "A parameter the function body never mentions; remove it or use it.");

        /// <summary>STP5007: the local is assigned but never read.</summary>
        public static readonly DiagnosticDescriptor WriteOnlyLocalRule = BuiltInRules.Create(
            "STP5007", "Local variable written but never read", "Local variable '{0}' is assigned but its value is never read",
            BuiltInRules.Usage, DiagnosticSeverity.Warning,
            "Every mention of the local in its probe or function writes it; the value is lost when the handler returns.");

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(UnusedParameterRule, WriteOnlyLocalRule);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context) => context.RegisterCompilationStartAction(start =>
        {
            var globals = ScriptDeclarations.Collect(start.SyntaxTrees, start.Compilation, start.CancellationToken).GlobalNames;
            start.RegisterSyntaxNodeAction(node => AnalyzeFunction(node, globals), SyntaxKind.FunctionDeclaration);
            start.RegisterSyntaxNodeAction(node => AnalyzeProbe(node, globals), SyntaxKind.ProbeDeclaration);
        });

        private static void AnalyzeFunction(SyntaxNodeAnalysisContext context, ImmutableHashSet<string> globals)
        {
            var function = (FunctionDeclarationSyntax)context.Node;
            if (function.Body == null || !ScriptDeclarations.IsScript(context.SyntaxTree)) return;
            var references = VariableReferences.Collect(function.Body);
            var parameters = new HashSet<string>(function.ParameterList.Parameters.Select(p => p.Identifier.ValueText), StringComparer.Ordinal);
            foreach (var parameter in function.ParameterList.Parameters)
            {
                if (parameter.Identifier.IsMissing) continue;
                string name = parameter.Identifier.ValueText;
                if (!references.Any(r => r.Name == name))
                    context.ReportDiagnostic(Diagnostic.Create(UnusedParameterRule, parameter.Identifier.GetLocation(), name, function.Identifier.ValueText));
            }
            ReportWriteOnly(context, function.Body, references, name => parameters.Contains(name) || globals.Contains(name));
        }

        private static void AnalyzeProbe(SyntaxNodeAnalysisContext context, ImmutableHashSet<string> globals)
        {
            if (!ScriptDeclarations.IsScript(context.SyntaxTree)) return;
            var probe = (ProbeDeclarationSyntax)context.Node;
            ReportWriteOnly(context, probe.Body, VariableReferences.Collect(probe.Body), globals.Contains);
        }

        private static void ReportWriteOnly(SyntaxNodeAnalysisContext context, BlockSyntax body, List<VariableReference> references, Func<string, bool> isNotLocal)
        {
            // A macro body (declared anywhere, even in a .stpm library) may read any local of the scope that invokes it.
            if (body.DescendantNodes().Any(node => node is MacroInvocationExpressionSyntax)) return;
            foreach (var group in references.GroupBy(r => r.Name, StringComparer.Ordinal))
            {
                if (isNotLocal(group.Key) || group.Any(r => r.IsRead)) continue;
                var first = group.First(r => r.IsWrite);
                context.ReportDiagnostic(Diagnostic.Create(WriteOnlyLocalRule, first.Token.GetLocation(), group.Key));
            }
        }
    }
}
