using System.Linq;
using System.Text;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    internal sealed partial class Lowerer
    {
        /// <summary>
        /// The characters of a string literal outside bodies (a global initializer, a probe point argument), decoded by
        /// the one string-escape decoder the bound tree uses too. Null when an escape denotes a byte above 0x7f.
        /// </summary>
        private static string? LiteralText(LiteralExpressionSyntax literal) =>
            StringLiteralText.DecodeEscapes(string.Concat(literal.Tokens.Select(t => t.ValueText)));
    }
}
