using StapSharp.Diagnostics;

namespace StapSharp.Syntax
{
    internal sealed partial class Lexer
    {
        /// <summary>
        /// A number: a digit followed greedily by letters and digits (so <c>0var</c> is one bad number). The value
        /// is what <c>strtoull(text, base 0)</c> gives, wrapped to a signed 64-bit value; text it does not fully
        /// accept (<c>09</c>, <c>0x</c>, <c>1e5</c>) or that overflows keeps its token with a diagnostic and value 0.
        /// </summary>
        private void ScanNumber(ref TokenInfo info)
        {
            int start = _position;
            _position++;
            while (_position < _end && (IsLetter(_text[_position]) || IsDigit(_text[_position]))) _position++;
            int length = _position - start;
            info.Kind = SyntaxKind.NumericLiteralToken;
            // A number seen before has its value cached (only valid numbers are: the others need their diagnostic).
            info.Value = InternLiteral(ref info, start, length);
            if (info.Value is not null) return;
            if (TryParseNumber(_text, start, length, out ulong value))
            {
                info.Value = Box(unchecked((long)value));
                _literalValues.Store(info.Text, info.Hash, info.Value);
            }
            else
            {
                info.Value = Box(0);
                AddDiagnostic(ErrorCode.ERR_InvalidNumber, 0, length);
            }
        }

        private static readonly object[] s_smallNumbers = CreateSmallNumbers();

        private static object[] CreateSmallNumbers()
        {
            var boxes = new object[256];
            for (int i = 0; i < boxes.Length; i++) boxes[i] = (long)i;
            return boxes;
        }

        /// <summary>Boxes a value, sharing the boxes of small numbers.</summary>
        private static object Box(long value) => value >= 0 && value < 256 ? s_smallNumbers[value] : value;

        /// <summary><c>strtoull</c> with base 0 that must consume the whole text: hex (<c>0x</c>), octal (leading 0) or decimal.</summary>
        internal static bool TryParseNumber(string text, int start, int length, out ulong value)
        {
            value = 0;
            if (length == 0) return false;
            int position = start;
            int end = start + length;
            uint radix = 10;
            if (text[position] == '0' && length > 1)
            {
                if ((text[position + 1] | 0x20) == 'x')
                {
                    radix = 16;
                    position += 2;
                    if (position == end) return false;
                }
                else
                {
                    radix = 8;
                    position++;
                }
            }
            for (; position < end; position++)
            {
                uint digit = DigitValue(text[position]);
                if (digit >= radix) return false;
                ulong next = value * radix + digit;
                if (value > (ulong.MaxValue - digit) / radix) return false;
                value = next;
            }
            return true;
        }

        private static uint DigitValue(char c)
        {
            if (c >= '0' && c <= '9') return (uint)(c - '0');
            int lower = c | 0x20;
            if (lower >= 'a' && lower <= 'z') return (uint)(lower - 'a' + 10);
            return uint.MaxValue;
        }
    }
}
