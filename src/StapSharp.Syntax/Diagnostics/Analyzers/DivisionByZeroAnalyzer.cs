using System.Collections.Immutable;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>STP5013: <c>x / 0</c>, <c>x % 0</c>, <c>x /= 0</c> and <c>x %= 0</c> with a constant zero divisor.</summary>
    internal sealed class DivisionByZeroAnalyzer : StapAnalyzer
    {
        /// <summary>STP5013: division or modulo by a constant zero.</summary>
        public static readonly DiagnosticDescriptor Rule = BuiltInRules.Create(
            "STP5013", "Division by constant zero", "{0} by the constant zero always fails at run time",
            BuiltInRules.Correctness, DiagnosticSeverity.Warning,
            "stap checks divisors at run time: dividing by zero raises 'division by 0', which ends the probe handler (and the script unless caught by try/catch).");

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.RegisterSyntaxNodeAction(AnalyzeBinary, SyntaxKind.DivideExpression, SyntaxKind.ModuloExpression);
            context.RegisterSyntaxNodeAction(AnalyzeAssignment, SyntaxKind.DivideAssignmentExpression, SyntaxKind.ModuloAssignmentExpression);
        }

        private static void AnalyzeBinary(SyntaxNodeAnalysisContext context)
        {
            var binary = (BinaryExpressionSyntax)context.Node;
            Check(context, binary.Right, binary.Kind == SyntaxKind.DivideExpression);
        }

        private static void AnalyzeAssignment(SyntaxNodeAnalysisContext context)
        {
            var assignment = (AssignmentExpressionSyntax)context.Node;
            Check(context, assignment.Right, assignment.Kind == SyntaxKind.DivideAssignmentExpression);
        }

        private static void Check(SyntaxNodeAnalysisContext context, ExpressionSyntax divisor, bool isDivision)
        {
            if (AnalyzerSyntax.TryGetInteger(divisor, out long value) && value == 0)
                context.ReportDiagnostic(Diagnostic.Create(Rule, divisor.GetLocation(), isDivision ? "Division" : "Modulo"));
        }
    }
}
