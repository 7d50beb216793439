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
    /// STP5010: a global array declared without a size (and not wrapping, <c>%</c>) that gains elements in a hot probe:
    /// kernel/module function or statement probes, kprobes, tracepoints, syscalls, perf and <c>timer.profile</c>.
    /// </summary>
    internal sealed class UnboundedArrayInHotProbeAnalyzer : StapAnalyzer
    {
        /// <summary>STP5010: unbounded array in a hot probe.</summary>
        public static readonly DiagnosticDescriptor Rule = BuiltInRules.Create(
            "STP5010", "Unbounded global array in a hot probe",
            "Global array '{0}' has no size but gains elements in the hot probe '{1}'; declare 'global {0}[N]' or a wrapping 'global {0}%'",
            BuiltInRules.Performance, DiagnosticSeverity.Warning,
            "Arrays without a size get MAXMAPENTRIES (2048) slots; a probe that fires for every call or event fills them and stops the script with 'ERROR: Array overflow'. A size documents the bound, '%' makes the array drop its oldest entries.");

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context) => context.RegisterCompilationStartAction(start =>
        {
            var unbounded = new HashSet<string>(StringComparer.Ordinal);
            foreach (var global in ScriptDeclarations.Collect(start.SyntaxTrees, start.Compilation, start.CancellationToken).Globals)
                if (global.ArraySize == null && global.PercentToken.Kind == SyntaxKind.None)
                    unbounded.Add(global.Identifier.ValueText);
            if (unbounded.Count == 0) return;
            start.RegisterSyntaxNodeAction(node => AnalyzeProbe(node, unbounded), SyntaxKind.ProbeDeclaration);
        });

        private static void AnalyzeProbe(SyntaxNodeAnalysisContext context, HashSet<string> unbounded)
        {
            var probe = (ProbeDeclarationSyntax)context.Node;
            var hot = probe.ProbePoints.FirstOrDefault(AnalyzerSyntax.IsHotProbePoint);
            if (hot == null) return;
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var reference in VariableReferences.Collect(probe.Body))
            {
                if (!reference.IsWrite || !unbounded.Contains(reference.Name) || !IsElementWrite(reference)) continue;
                if (reported.Add(reference.Name))
                    context.ReportDiagnostic(Diagnostic.Create(Rule, reference.Token.GetLocation(), reference.Name, hot.ToString().Trim()));
            }
        }

        // a[k] = v, a[k]++, a[k] <<< v add elements; delete a[k] and delete a only remove them.
        private static bool IsElementWrite(VariableReference reference) =>
            reference.Token.Parent is IdentifierNameSyntax name
            && name.Parent is ElementAccessExpressionSyntax access && access.Expression == name
            && access.Parent is not DeleteStatementSyntax;
    }
}
