using System.Text;

namespace StapSharp.Syntax
{
    /// <summary>
    /// stap string literal rules (docs/grammar.md, "Literals"): the escapes <c>\a \b \t \n \v \f \r \\</c>, octal digits and
    /// <c>\x</c> are kept verbatim in the value; any other <c>\c</c> becomes <c>c</c>.
    /// </summary>
    internal static class StringLiteralText
    {
        private static bool IsKeptEscape(char c) => c is 'a' or 'b' or 't' or 'n' or 'v' or 'f' or 'r' or '\\' or 'x' or (>= '0' and <= '7');

        /// <summary>The source text (with quotes) whose stap value is <paramref name="value"/>, as far as one exists.</summary>
        public static string Quote(string value)
        {
            var sb = new StringBuilder(value.Length + 2).Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\\':
                        // A kept escape pair stays as it is; a lone backslash is doubled, which stap also keeps verbatim.
                        if (i + 1 < value.Length && IsKeptEscape(value[i + 1])) { sb.Append(c).Append(value[i + 1]); i++; }
                        else sb.Append("\\\\");
                        break;
                    default: sb.Append(c); break;
                }
            }
            return sb.Append('"').ToString();
        }

        /// <summary>The stap value of a string literal's source text (quotes included).</summary>
        public static string ValueOf(string text)
        {
            int end = text.Length > 1 && text[text.Length - 1] == '"' ? text.Length - 1 : text.Length;
            var sb = new StringBuilder(text.Length);
            for (int i = 1; i < end; i++)
            {
                char c = text[i];
                if (c == '\\' && i + 1 < end)
                {
                    char next = text[++i];
                    if (IsKeptEscape(next)) sb.Append('\\');
                    sb.Append(next);
                }
                else sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary>
        /// The characters a stap string value stands for in the module: the C escapes stap keeps in the value
        /// (<c>\n</c>, <c>\t</c>, <c>\\</c>, octal, <c>\x</c>, ...) decoded, as the C compiler would. The one decoder of
        /// string escapes below the stap value (the bound tree's <see cref="StapSharp.Semantics.BoundStringLiteral.Value"/>).
        /// Null when an escape denotes a byte above 0x7f, which has no single-character form.
        /// </summary>
        public static string? DecodeEscapes(string value)
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
