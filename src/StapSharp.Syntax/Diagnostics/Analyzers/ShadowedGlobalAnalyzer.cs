using System.Collections.Immutable;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// STP5009: a function parameter named like a global variable. In stap a plain local cannot shadow a global (the
    /// name simply means the global), but a parameter does: inside the function the global is out of reach.
    /// </summary>
    internal sealed class ShadowedGlobalAnalyzer : StapAnalyzer
    {
        /// <summary>STP5009: parameter hides a global.</summary>
        public static readonly DiagnosticDescriptor Rule = BuiltInRules.Create(
            "STP5009", "Parameter hides a global variable", "Parameter '{0}' of function '{1}' hides the global variable '{0}'",
            BuiltInRules.Correctness, DiagnosticSeverity.Warning,
            "Inside the function every mention of the name refers to the parameter, so the global cannot be read or updated there.");

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context) => context.RegisterCompilationStartAction(start =>
        {
            var globals = ScriptDeclarations.Collect(start.SyntaxTrees, start.Compilation, start.CancellationToken).GlobalNames;
            if (globals.IsEmpty) return;
            start.RegisterSyntaxNodeAction(node =>
            {
                var function = (FunctionDeclarationSyntax)node.Node;
                if (!ScriptDeclarations.IsScript(node.SyntaxTree)) return;
                foreach (var parameter in function.ParameterList.Parameters)
                    if (!parameter.Identifier.IsMissing && globals.Contains(parameter.Identifier.ValueText))
                        node.ReportDiagnostic(Diagnostic.Create(Rule, parameter.Identifier.GetLocation(), parameter.Identifier.ValueText, function.Identifier.ValueText));
            }, SyntaxKind.FunctionDeclaration);
        });
    }
}
