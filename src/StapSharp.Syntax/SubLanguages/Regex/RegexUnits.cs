using System.Collections.Generic;
using System.Text;

namespace StapSharp.Syntax
{
    /// <summary>One byte of a pattern after the C escapes of the stap value are resolved, with where it came from.</summary>
    internal readonly struct RegexUnit
    {
        public RegexUnit(byte value, int start, int end)
        {
            Value = value;
            Start = start;
            End = end;
        }

        public byte Value { get; }

        /// <summary>Offset of the first value character of the unit.</summary>
        public int Start { get; }

        /// <summary>Offset just after the unit.</summary>
        public int End { get; }
    }

    /// <summary>
    /// Resolves the C escapes that stap's lexer leaves in a string value (<c>\n \t \\ \101 \x41</c>...), as stap's
    /// regex compiler does before it reads the pattern: so <c>"\n"</c> is a newline, and <c>"\\."</c> is the
    /// regex escape <c>\.</c> (a literal dot). Characters above U+007F become their UTF-8 bytes.
    /// </summary>
    internal static class RegexUnits
    {
        public static List<RegexUnit> Read(string value)
        {
            var units = new List<RegexUnit>(value.Length);
            for (int i = 0; i < value.Length;)
            {
                int start = i;
                char c = value[i++];
                if (c == '\\' && i < value.Length)
                {
                    char e = value[i];
                    int simple = e switch { 'a' => 7, 'b' => 8, 't' => 9, 'n' => 10, 'v' => 11, 'f' => 12, 'r' => 13, '\\' => '\\', _ => -1 };
                    if (simple >= 0)
                    {
                        i++;
                        units.Add(new RegexUnit((byte)simple, start, i));
                        continue;
                    }
                    if (e is >= '0' and <= '7')
                    {
                        int v = 0, digits = 0;
                        while (digits < 3 && i < value.Length && value[i] is >= '0' and <= '7')
                        {
                            v = (v * 8) + (value[i++] - '0');
                            digits++;
                        }
                        units.Add(new RegexUnit((byte)v, start, i));
                        continue;
                    }
                    if (e == 'x' && i + 1 < value.Length && IsHex(value[i + 1]))
                    {
                        i++;
                        int v = 0, digits = 0;
                        while (digits < 2 && i < value.Length && IsHex(value[i]))
                        {
                            v = (v * 16) + HexValue(value[i++]);
                            digits++;
                        }
                        units.Add(new RegexUnit((byte)v, start, i));
                        continue;
                    }
                }

                if (c < 0x80)
                {
                    units.Add(new RegexUnit((byte)c, start, i));
                    continue;
                }

                // A non-ASCII character (or surrogate pair) contributes its UTF-8 bytes, all spanning the character.
                int length = char.IsHighSurrogate(c) && i < value.Length && char.IsLowSurrogate(value[i]) ? 2 : 1;
                i = start + length;
                foreach (byte b in Encoding.UTF8.GetBytes(value.Substring(start, length)))
                    units.Add(new RegexUnit(b, start, i));
            }
            return units;
        }

        private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

        private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    }
}
