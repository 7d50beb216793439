using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    internal sealed partial class Binder
    {
        /// <summary>
        /// A literal printf/sprintf format that stap rejects (a parse error in stap's pass 1, e.g. <c>%q</c>, two
        /// flags as in <c>%-#6o</c>, or a directive cut short): the first error, at its exact place inside the literal.
        /// </summary>
        private void CheckPrintfFormat(LiteralExpressionSyntax literal, PrintfFormat parsed)
        {
            if (literal.ContainsDiagnostics || literal.Tokens.Count == 0 || !IsReportable(literal) || IsExpansionTree(literal.SyntaxTree))
                return;
            ReportSubLanguageError(literal, StringLiteralValueMap.FromTokens(literal.Tokens), parsed.Errors[0]);
        }
    }
}
