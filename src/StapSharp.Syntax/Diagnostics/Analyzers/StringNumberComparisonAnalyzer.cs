using System.Collections.Immutable;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using StapSharp.Semantics;
using StapSharp.Syntax;
using SemanticModel = StapSharp.Semantics.SemanticModel;

namespace StapSharp.Diagnostics
{
    /// <summary>STP5015: a string operand compared (<c>== != &lt; &lt;= &gt; &gt;=</c>) with a number literal.</summary>
    internal sealed class StringNumberComparisonAnalyzer : StapAnalyzer
    {
        /// <summary>STP5015: string compared with a number literal.</summary>
        public static readonly DiagnosticDescriptor Rule = BuiltInRules.Create(
            "STP5015", "String compared with a number", "A string is compared with the number {0}; compare with the string \"{0}\" or convert the string with strtol()",
            BuiltInRules.Correctness, DiagnosticSeverity.Warning,
            "stap has no implicit conversion between strings and numbers: comparing them is a type error at elaboration.");

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context) =>
            context.RegisterSyntaxNodeAction(AnalyzeComparison,
                SyntaxKind.EqualsExpression, SyntaxKind.NotEqualsExpression, SyntaxKind.LessThanExpression,
                SyntaxKind.LessThanOrEqualExpression, SyntaxKind.GreaterThanExpression, SyntaxKind.GreaterThanOrEqualExpression);

        private static void AnalyzeComparison(SyntaxNodeAnalysisContext context)
        {
            var comparison = (BinaryExpressionSyntax)context.Node;
            if (Check(context, comparison, comparison.Left, comparison.Right)) return;
            Check(context, comparison, comparison.Right, comparison.Left);
        }

        private static bool Check(SyntaxNodeAnalysisContext context, BinaryExpressionSyntax comparison, ExpressionSyntax number, ExpressionSyntax other)
        {
            if (!AnalyzerSyntax.TryGetInteger(number, out long value) || !IsString(other, context.SemanticModel)) return false;
            context.ReportDiagnostic(Diagnostic.Create(Rule, comparison.GetLocation(), BuiltInRules.Format(value)));
            return true;
        }

        private static bool IsString(ExpressionSyntax expression, SemanticModel? model)
        {
            expression = AnalyzerSyntax.StripParentheses(expression);
            if (AnalyzerSyntax.IsStringLiteral(expression) || expression.Kind == SyntaxKind.ConcatenateExpression) return true;
            if (expression is InvocationExpressionSyntax { Identifier.ValueText: "sprintf" or "sprint" or "sprintln" or "sprintd" or "sprintdln" }) return true;
            return model != null && model.GetTypeInfo(expression).Type == StapType.String;
        }
    }
}
