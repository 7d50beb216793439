using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// STP5012: a call to a tapset function that the installed tapsets keep only for old <c>--compatible</c> levels
    /// (see <see cref="DeprecatedTapsetFunctions"/>). A function of the same name declared by the script is not reported.
    /// </summary>
    internal sealed class DeprecatedFunctionAnalyzer : StapAnalyzer
    {
        /// <summary>STP5012: deprecated tapset function.</summary>
        public static readonly DiagnosticDescriptor Rule = BuiltInRules.Create(
            "STP5012", "Deprecated tapset function", "Function '{0}' is deprecated: the tapsets define it only up to --compatible={1}",
            BuiltInRules.Usage, DiagnosticSeverity.Warning,
            "The function exists only under a 'systemtap_v <=' condition in the installed tapsets; at the current language level the call does not resolve.");

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context) => context.RegisterCompilationStartAction(start =>
        {
            var declared = new HashSet<string>(StringComparer.Ordinal);
            foreach (var tree in start.SyntaxTrees)
                foreach (var member in tree.GetRoot(start.CancellationToken).Members)
                    if (member is FunctionDeclarationSyntax function) declared.Add(function.Identifier.ValueText);
            start.RegisterSyntaxNodeAction(node =>
            {
                var invocation = (InvocationExpressionSyntax)node.Node;
                string name = invocation.Identifier.ValueText;
                if (!declared.Contains(name) && DeprecatedTapsetFunctions.LastLevel.TryGetValue(name, out var level))
                    node.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Identifier.GetLocation(), name, level));
            }, SyntaxKind.InvocationExpression);
        });
    }
}
