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
    }
}
