using System.Collections.Immutable;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using StapSharp.Semantics;
using StapSharp.Syntax;
using SemanticModel = StapSharp.Semantics.SemanticModel;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// STP5001–STP5003: a literal <c>printf</c>/<c>sprintf</c> format against its arguments — a directive without an
    /// argument, an argument without a directive, and a string passed to a numeric directive or a number to <c>%s</c>.
    /// Reported at the exact directive inside the string literal (or at the argument).
    /// </summary>
    internal sealed class PrintfFormatAnalyzer : StapAnalyzer
    {
        /// <summary>STP5001: a format directive has no argument.</summary>
        public static readonly DiagnosticDescriptor MissingArgumentRule = BuiltInRules.Create(
            "STP5001", "Format directive without an argument", "Format directive '{0}' has no matching argument",
            BuiltInRules.Correctness, DiagnosticSeverity.Warning,
            "Every directive of a printf/sprintf format consumes an argument (two or three with '*' width or precision); stap rejects the call when arguments are missing.");

        /// <summary>STP5002: an argument is not consumed by the format.</summary>
        public static readonly DiagnosticDescriptor ExtraArgumentRule = BuiltInRules.Create(
            "STP5002", "Argument not used by the format", "Argument {0} of '{1}' has no format directive",
            BuiltInRules.Correctness, DiagnosticSeverity.Warning,
            "The format string has fewer directives than the call has arguments; stap rejects the call.");

        /// <summary>STP5003: the type of an argument does not match its directive.</summary>
        public static readonly DiagnosticDescriptor TypeMismatchRule = BuiltInRules.Create(
            "STP5003", "Format directive and argument types differ", "Format directive '{0}' expects a {1} but argument {2} is a {3}",
            BuiltInRules.Correctness, DiagnosticSeverity.Warning,
            "'%s' takes a string; the numeric directives (%d, %x, %p, %c, %b, ...) and '*' widths take a number.");

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(MissingArgumentRule, ExtraArgumentRule, TypeMismatchRule);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context) =>
            context.RegisterSyntaxNodeAction(AnalyzeInvocation, SyntaxKind.PrintInvocationExpression, SyntaxKind.InvocationExpression);

        private static void AnalyzeInvocation(SyntaxNodeAnalysisContext context)
        {
            var invocation = (InvocationExpressionSyntax)context.Node;
            string name = invocation.Identifier.ValueText;
            if (name != "printf" && name != "sprintf") return;
            var arguments = invocation.ArgumentList.Arguments;
            if (arguments.Count == 0 || arguments[0] is not LiteralExpressionSyntax { Kind: SyntaxKind.StringLiteralExpression } literal) return;
            if (literal.ContainsDiagnostics || literal.Tokens.Count == 0) return;

            var map = StringLiteralValueMap.FromTokens(literal.Tokens);
            var format = PrintfFormat.Parse(map.Value);
            if (format.HasErrors) return; // the format's own errors are reported by the binder

            var tree = context.SyntaxTree;
            int next = 1;
            foreach (var directive in format.Directives)
            {
                var location = AnalyzerSyntax.LocationOf(tree, map.ToSourceSpan(directive.Span));
                foreach (var expected in directive.ArgumentTypes)
                {
                    if (next >= arguments.Count)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(MissingArgumentRule, location, directive.Text));
                        break;
                    }
                    var actual = TypeOf(arguments[next], context.SemanticModel);
                    bool expectsString = expected == PrintfArgumentType.String;
                    if (actual != StapType.Unknown && (actual == StapType.String) != expectsString && actual != StapType.Statistics)
                        context.ReportDiagnostic(Diagnostic.Create(TypeMismatchRule, location, directive.Text,
                            expectsString ? "string" : "number", next, actual == StapType.String ? "string" : "number"));
                    next++;
                }
            }
            for (; next < arguments.Count; next++)
                context.ReportDiagnostic(Diagnostic.Create(ExtraArgumentRule, arguments[next].GetLocation(), next, name));
        }

        // Literals and string-producing syntax are typed without a model; the model adds variables and calls.
        private static StapType TypeOf(ExpressionSyntax argument, SemanticModel? model)
        {
            var expression = AnalyzerSyntax.StripParentheses(argument);
            if (AnalyzerSyntax.IsStringLiteral(expression) || expression.Kind == SyntaxKind.ConcatenateExpression) return StapType.String;
            if (AnalyzerSyntax.IsNumericLiteral(expression)) return StapType.Long;
            if (model == null) return StapType.Unknown;
            var type = model.GetTypeInfo(expression).Type;
            return type == StapType.Long || type == StapType.String ? type : StapType.Unknown;
        }
    }
}
