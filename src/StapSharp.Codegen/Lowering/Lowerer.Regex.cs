using StapSharp.Codegen.Ir;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    internal sealed partial class Lowerer
    {
        /// <summary>
        /// <c>s =~ "re"</c>: the pattern the binder parsed (a string literal, or a <c>@N</c> script argument). Its stap
        /// value, C escapes included, is compiled by the emitter.
        /// </summary>
        private IrExpression LowerRegexMatch(BoundRegexMatch match)
        {
            IrExpression subject = LowerExpression(match.Subject);
            StapSyntaxNode patternSyntax = ((BinaryExpressionSyntax)match.Syntax).Right;
            string? text = match.PatternExpression is BoundScriptArgument argument
                ? (LowerScriptArgument(argument) as IrStringLiteral)?.Value
                : match.Pattern?.Text;
            if (text is null || match.Pattern is not { } pattern)
                return Unsupported(patternSyntax, "the regular expression '" + Shorten(patternSyntax.ToString()) + "' (not a string literal)");
            if (pattern.HasErrors)
                return Unsupported(patternSyntax, "the invalid regular expression '" + Shorten(pattern.Text) + "' (" + pattern.Errors[0].Message + ")");
            return new IrRegexMatch(subject, pattern.Text, match.IsNegated);
        }
    }
}
