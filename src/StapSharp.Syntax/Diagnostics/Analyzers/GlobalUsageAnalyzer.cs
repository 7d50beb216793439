using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// STP5004 (a global never mentioned) and STP5008 (a global written but never read), across every script tree of
    /// the run; references from macro bodies and arguments count as reads.
    /// </summary>
    internal sealed class GlobalUsageAnalyzer : StapAnalyzer
    {
        /// <summary>STP5004: the global is never used.</summary>
        public static readonly DiagnosticDescriptor UnusedGlobalRule = BuiltInRules.Create(
            "STP5004", "Unused global variable", "Global variable '{0}' is never used",
            BuiltInRules.Usage, DiagnosticSeverity.Warning,
            "The global is declared but no probe, function or probe condition reads or writes it.");

        /// <summary>STP5008: the global is written but never read.</summary>
        public static readonly DiagnosticDescriptor WriteOnlyGlobalRule = BuiltInRules.Create(
            "STP5008", "Global variable written but never read", "Global variable '{0}' is written but never read; stap prints its final value at exit",
            BuiltInRules.Usage, DiagnosticSeverity.Info,
            "stap prints globals that are written but never read when the script ends. That is often the intent; when it is not, read the value or remove the variable.");

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(UnusedGlobalRule, WriteOnlyGlobalRule);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context) => context.RegisterCompilationStartAction(start =>
        {
            var declarations = ScriptDeclarations.Collect(start.SyntaxTrees, start.Compilation, start.CancellationToken);
            if (declarations.Globals.IsEmpty) return;
            var reads = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            var writes = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            start.RegisterSyntaxTreeAction(tree =>
            {
                foreach (var reference in VariableReferences.Collect(tree.SyntaxTree.GetRoot(tree.CancellationToken)))
                {
                    if (ScriptDeclarations.IsParameterReference(reference)) continue;
                    if (reference.IsRead) reads[reference.Name] = true;
                    if (reference.IsWrite) writes[reference.Name] = true;
                }
            });
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var global in declarations.Globals)
                {
                    string name = global.Identifier.ValueText;
                    if (reads.ContainsKey(name)) continue;
                    var rule = writes.ContainsKey(name) ? WriteOnlyGlobalRule : UnusedGlobalRule;
                    end.ReportDiagnostic(Diagnostic.Create(rule, global.Identifier.GetLocation(), name));
                }
            });
        });
    }
}
