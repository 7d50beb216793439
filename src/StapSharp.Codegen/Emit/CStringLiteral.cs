using System.Globalization;
using System.Text;

namespace StapSharp.Codegen
{
    /// <summary>
    /// Turns script text into C literals and comments that mean exactly that text and nothing else: quotes,
    /// backslashes, newlines, control and non-ASCII bytes, trigraphs (<c>??=</c>) and <c>*/</c> can never end
    /// the literal or comment early or change its meaning. Strings are encoded as UTF-8 bytes, as the kernel sees them.
    /// </summary>
    internal static class CStringLiteral
    {
        private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        /// <summary>Returns a double-quoted C string literal with the bytes of <paramref name="value"/>.</summary>
        /// <param name="value">The text.</param>
        /// <returns>The C literal, quotes included.</returns>
        public static string Quote(string value)
        {
            var text = new StringBuilder(value.Length + 2);
            text.Append('"');
            foreach (byte b in s_utf8.GetBytes(value))
                AppendByte(text, b);
            text.Append('"');
            return text.ToString();
        }

        /// <summary>
        /// Returns a C string literal for a printf format whose text must be printed literally:
        /// every <c>%</c> is doubled before quoting.
        /// </summary>
        /// <param name="value">The literal text.</param>
        /// <returns>The C literal, quotes included.</returns>
        public static string QuoteAsFormatText(string value) => Quote(value.Replace("%", "%%"));

        /// <summary>
        /// Returns text that is safe between <c>/*</c> and <c>*/</c> on one line: line breaks and control characters
        /// become spaces, <c>*/</c> and <c>/*</c> are split, <c>??</c> (trigraphs) and a trailing backslash are defused.
        /// </summary>
        /// <param name="value">The text.</param>
        /// <returns>The comment body.</returns>
        public static string CommentText(string value)
        {
            var text = new StringBuilder(value.Length);
            foreach (char ch in value)
            {
                char c = ch < ' ' || ch == '\u007f' ? ' ' : ch;
                char previous = text.Length > 0 ? text[text.Length - 1] : '\0';
                if ((previous == '*' && c == '/') || (previous == '/' && c == '*') || (previous == '?' && c == '?'))
                    text.Append(' ');
                text.Append(c);
            }
            if (text.Length > 0 && text[text.Length - 1] == '\\')
                text.Append(' ');
            return text.ToString();
        }

        private static void AppendByte(StringBuilder text, byte b)
        {
            switch (b)
            {
                case (byte)'"': text.Append("\\\""); break;
                case (byte)'\\': text.Append("\\\\"); break;
                case (byte)'\n': text.Append("\\n"); break;
                case (byte)'\t': text.Append("\\t"); break;
                case (byte)'\r': text.Append("\\r"); break;
                // '?' is escaped so that no trigraph (??= ??/ ...) can form, whatever the compiler's settings.
                case (byte)'?': text.Append("\\?"); break;
                default:
                    if (b < 0x20 || b >= 0x7f)
                    {
                        // Always three octal digits: a following digit can never extend the escape.
                        text.Append('\\').Append(System.Convert.ToString(b, 8).PadLeft(3, '0'));
                    }
                    else
                    {
                        text.Append((char)b);
                    }
                    break;
            }
        }

        internal static string LongLiteral(long value) =>
            value == long.MinValue
                ? "((int64_t)(-9223372036854775807LL - 1))"
                : "((int64_t)" + value.ToString(CultureInfo.InvariantCulture) + "LL)";
    }
}
