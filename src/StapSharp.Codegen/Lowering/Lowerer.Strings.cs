using System.Linq;
using System.Text;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    internal sealed partial class Lowerer
    {
        /// <summary>
        /// The characters of a string literal. stap's lexer keeps C escapes (<c>\n</c>, <c>\t</c>, <c>\\</c>, octal,
        /// <c>\x</c>) in the value for the C compiler; the IR holds real characters (the emitter re-escapes them), so
        /// they are decoded here. Null when an escape denotes a byte above 0x7f, which has no single-character form.
        /// </summary>
        private static string? LiteralText(LiteralExpressionSyntax literal) =>
            DecodeEscapes(string.Concat(literal.Tokens.Select(t => t.ValueText)));

        internal static string? DecodeEscapes(string value)
        {
            if (value.IndexOf('\\') < 0)
                return value;
            var text = new StringBuilder(value.Length);
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c != '\\' || i + 1 >= value.Length)
                {
                    text.Append(c);
                    continue;
                }

                char next = value[++i];
                int code;
                switch (next)
                {
                    case 'a': code = 7; break;
                    case 'b': code = 8; break;
                    case 't': code = 9; break;
                    case 'n': code = 10; break;
                    case 'v': code = 11; break;
                    case 'f': code = 12; break;
                    case 'r': code = 13; break;
                    case >= '0' and <= '7':
                        code = next - '0';
                        for (int digits = 1; digits < 3 && i + 1 < value.Length && value[i + 1] is >= '0' and <= '7'; digits++)
                            code = code * 8 + (value[++i] - '0');
                        break;
                    case 'x':
                        code = 0;
                        int start = i;
                        while (i + 1 < value.Length && IsHexDigit(value[i + 1]) && code <= 0xff)
                            code = code * 16 + HexValue(value[++i]);
                        if (i == start)
                        {
                            text.Append('\\').Append('x');
                            continue;
                        }

                        break;
                    default:
                        code = next;
                        break;
                }

                if (code > 0x7f && next != (char)code)
                    return null;
                text.Append((char)code);
            }

            return text.ToString();
        }

        private static bool IsHexDigit(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

        private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    }
}
