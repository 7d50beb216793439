using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    internal sealed partial class Binder
    {
        /// <summary>
        /// A literal pattern of <c>=~</c>/<c>!~</c> that stap's regex compiler rejects (a semantic error in stap's pass 2):
        /// the first error, at its exact place inside the string literal.
        /// </summary>
        private void CheckRegexPattern(ExpressionSyntax pattern)
        {
            if (pattern is not LiteralExpressionSyntax { Kind: SyntaxKind.StringLiteralExpression } literal
                || literal.ContainsDiagnostics || literal.Tokens.Count == 0 || !IsReportable(literal)
                || IsExpansionTree(literal.SyntaxTree))
                return;

            var map = StringLiteralValueMap.FromTokens(literal.Tokens);
            RegexPattern parsed = RegexPattern.Parse(map.Value);
            if (parsed.HasErrors) ReportSubLanguageError(literal, map, parsed.Errors[0]);
        }

        /// <summary>A sub-language (regex, printf format) error at its exact place inside the string literal it came from.</summary>
        private void ReportSubLanguageError(LiteralExpressionSyntax literal, StringLiteralValueMap map, SubLanguageError error)
        {
            var location = SyntaxDiagnostics.CreateLocation(literal.SyntaxTree, map.ToSourceSpan(error.Span));
            _diagnostics.Add(SemanticDiagnostics.Create(error.Code, location, ToArray(error.Arguments)));
        }

        private static object[] ToArray(System.Collections.Generic.IReadOnlyList<object> values)
        {
            var array = new object[values.Count];
            for (int i = 0; i < array.Length; i++) array[i] = values[i];
            return array;
        }
    }
}
