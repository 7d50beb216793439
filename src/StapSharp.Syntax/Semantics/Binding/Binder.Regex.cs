using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    internal sealed partial class Binder
    {
        /// <summary>
        /// The pattern of <c>=~</c>/<c>!~</c>, parsed once here: a string literal, or an <c>@N</c> argument whose value
        /// the options give; null otherwise. A literal that stap's regex compiler rejects (a semantic error in stap's
        /// pass 2) is reported: the first error, at its exact place inside the string literal.
        /// </summary>
        private RegexPattern? BindRegexPattern(ExpressionSyntax pattern, BoundExpression bound)
        {
            switch (bound)
            {
                case BoundStringLiteral literalValue when pattern is LiteralExpressionSyntax { Kind: SyntaxKind.StringLiteralExpression } literal:
                {
                    RegexPattern parsed = RegexPattern.Parse(literalValue.Text);
                    if (parsed.HasErrors && !literal.ContainsDiagnostics && literal.Tokens.Count > 0 && IsReportable(literal) && !IsExpansionTree(literal.SyntaxTree))
                        ReportSubLanguageError(literal, StringLiteralValueMap.FromTokens(literal.Tokens), parsed.Errors[0]);
                    return parsed;
                }

                case BoundStringLiteral literalValue:
                    return RegexPattern.Parse(literalValue.Text);
                case BoundScriptArgument { IsString: true, Value: { } value }:
                    return RegexPattern.Parse(value);
                default:
                    return null;
            }
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
