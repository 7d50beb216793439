using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>STP5006: a function declared in a script (not a tapset) that no tree of the run calls.</summary>
    internal sealed class UnusedFunctionAnalyzer : StapAnalyzer
    {
        /// <summary>STP5006: the function is never called.</summary>
        public static readonly DiagnosticDescriptor Rule = BuiltInRules.Create(
            "STP5006", "Unused function", "Function '{0}' is never called",
            BuiltInRules.Usage, DiagnosticSeverity.Warning,
            "stap drops functions nobody calls; the declaration is dead code. Calls inside macro bodies and arguments count.");

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context) => context.RegisterCompilationStartAction(start =>
        {
            var declarations = ScriptDeclarations.Collect(start.SyntaxTrees, start.Compilation, start.CancellationToken);
            if (declarations.Functions.IsEmpty) return;
            var called = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            start.RegisterSyntaxNodeAction(node =>
            {
                var invocation = (InvocationExpressionSyntax)node.Node;
                // Recursion is not a use: a function that only calls itself is still dead.
                var caller = invocation.FirstAncestorOrSelf<FunctionDeclarationSyntax>();
                if (caller == null || caller.Identifier.ValueText != invocation.Identifier.ValueText)
                    called[invocation.Identifier.ValueText] = true;
            }, SyntaxKind.InvocationExpression, SyntaxKind.PrintInvocationExpression);
            start.RegisterSyntaxTreeAction(tree =>
            {
                foreach (var reference in VariableReferences.Collect(tree.SyntaxTree.GetRoot(tree.CancellationToken)))
                    if (reference.Token.Parent is MacroArgumentSyntax or MacroDefinitionSyntax)
                        called[reference.Name] = true;
            });
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var function in declarations.Functions)
                    if (!called.ContainsKey(function.Identifier.ValueText))
                        end.ReportDiagnostic(Diagnostic.Create(Rule, function.Identifier.GetLocation(), function.Identifier.ValueText));
            });
        });
    }
}
