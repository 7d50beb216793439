using System.Linq;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    internal sealed partial class Lowerer
    {
        /// <summary>
        /// <c>s =~ "re"</c>: the pattern is a string literal (the parser refuses anything else, as stap does) or a
        /// <c>@N</c> script argument. Its stap value, C escapes included, is compiled by the emitter.
        /// </summary>
        private IrExpression LowerRegexMatch(BinaryExpressionSyntax binary, bool negated)
        {
            IrExpression subject = LowerExpression(binary.Left);
            string? pattern = Unparenthesize(binary.Right) switch
            {
                LiteralExpressionSyntax { Kind: SyntaxKind.StringLiteralExpression } literal =>
                    string.Concat(literal.Tokens.Select(t => t.ValueText)),
                ArgumentExpressionSyntax argument => (LowerScriptArgument(argument) as IrStringLiteral)?.Value,
                _ => null,
            };
            if (pattern is null)
                return Unsupported(binary.Right, "the regular expression '" + Shorten(binary.Right.ToString()) + "' (not a string literal)");

            RegexPattern parsed = RegexPattern.Parse(pattern);
            if (parsed.HasErrors)
                return Unsupported(binary.Right, "the invalid regular expression '" + Shorten(pattern) + "' (" + parsed.Errors[0].Message + ")");
            return new IrRegexMatch(subject, pattern, negated);
        }

        /// <summary>
        /// <c>matched(n)</c> and <c>ngroups()</c> of the tapset's regex.stp are embedded C that reads stap's
        /// <c>CONTEXT-&gt;last_match</c>; they become IR nodes that read the same fields (<c>matched_str()</c> is
        /// script code calling <c>matched(0)</c>, lowered as usual). Null for any other function.
        /// </summary>
        private IrExpression? TryLowerRegexFunction(FunctionSymbol function, InvocationExpressionSyntax invocation)
        {
            if (!function.IsLibrary || !function.IsEmbedded || !IsRegexTapset(function))
                return null;
            var arguments = invocation.ArgumentList.Arguments;
            return function.Name switch
            {
                "matched" when arguments.Count == 1 => new IrRegexSubexpression(LowerExpression(arguments[0])),
                "ngroups" when arguments.Count == 0 => new IrRegexGroupCount(),
                _ => null,
            };
        }

        private static bool IsRegexTapset(FunctionSymbol function)
        {
            string? path = function.DeclaringSyntax?.SyntaxTree.FilePath;
            return path is not null && (path == "regex.stp" || path.EndsWith("/regex.stp", System.StringComparison.Ordinal));
        }
    }
}
