namespace StapSharp.Syntax
{
    /// <summary>The C library comparisons stap uses in preprocessor conditions: <c>strverscmp</c> and <c>fnmatch</c>.</summary>
    internal static class PreprocessorTextMatching
    {
        private const int Compare = 2;
        private const int Length = 3;

        // glibc strverscmp: states S_N=0, S_I=3, S_F=6, S_Z=9; character classes other=0, 1-9=1, 0=2.
        private static readonly byte[] s_nextState =
        {
            0, 3, 9,
            0, 3, 3,
            0, 6, 6,
            0, 6, 9,
        };

        private static readonly sbyte[] s_resultType =
        {
            Compare, Compare, Compare, Compare, Length, Compare, Compare, Compare, Compare,
            Compare, -1, -1, +1, Length, Length, +1, Length, Length,
            Compare, Compare, Compare, Compare, Compare, Compare, Compare, Compare, Compare,
            Compare, +1, +1, -1, Compare, Compare, -1, Compare, Compare,
        };

        /// <summary>glibc's <c>strverscmp</c>: digit runs compare as numbers, leading zeros as fractions. The sign is the result.</summary>
        public static int VersionCompare(string left, string right)
        {
            int i1 = 0, i2 = 0;
            int c1 = At(left, i1++);
            int c2 = At(right, i2++);
            int state = Class(c1);
            int diff;
            while ((diff = c1 - c2) == 0)
            {
                if (c1 == 0) return 0;
                state = s_nextState[state];
                c1 = At(left, i1++);
                c2 = At(right, i2++);
                state += Class(c1);
            }
            int result = s_resultType[state * 3 + Class(c2)];
            switch (result)
            {
                case Compare:
                    return diff;
                case Length:
                    while (IsDigit(At(left, i1++)))
                    {
                        if (!IsDigit(At(right, i2++))) return 1;
                    }
                    return IsDigit(At(right, i2)) ? -1 : diff;
                default:
                    return result;
            }
        }

        private static int At(string text, int index) => index < text.Length ? text[index] : 0;

        private static bool IsDigit(int c) => c >= '0' && c <= '9';

        private static int Class(int c) => c == '0' ? 2 : IsDigit(c) ? 1 : 0;

        /// <summary>True when the text has a wildcard character, which makes a version comparison a pattern match.</summary>
        public static bool HasWildcard(string text) => text.IndexOfAny(s_wildcards) >= 0;

        private static readonly char[] s_wildcards = { '*', '?', '[' };

        /// <summary><c>fnmatch(pattern, text, FNM_NOESCAPE)</c> == 0: <c>*</c>, <c>?</c> and bracket expressions, no escapes.</summary>
        public static bool Match(string pattern, string text)
        {
            int p = 0, t = 0;
            int starPattern = -1, starText = 0;
            while (t < text.Length)
            {
                if (p < pattern.Length)
                {
                    char pc = pattern[p];
                    if (pc == '*')
                    {
                        starPattern = ++p;
                        starText = t;
                        continue;
                    }
                    if (pc == '?')
                    {
                        p++;
                        t++;
                        continue;
                    }
                    if (pc == '[' && TryMatchBracket(pattern, p, text[t], out int next, out bool matched))
                    {
                        if (matched)
                        {
                            p = next;
                            t++;
                            continue;
                        }
                    }
                    else if (pc == text[t])
                    {
                        p++;
                        t++;
                        continue;
                    }
                }
                if (starPattern < 0) return false;
                p = starPattern;
                t = ++starText;
            }
            while (p < pattern.Length && pattern[p] == '*') p++;
            return p == pattern.Length;
        }

        /// <summary>Matches <paramref name="c"/> against the bracket expression at <paramref name="start"/>; false when it is not a complete bracket expression.</summary>
        private static bool TryMatchBracket(string pattern, int start, char c, out int next, out bool matched)
        {
            int p = start + 1;
            bool negate = p < pattern.Length && (pattern[p] == '!' || pattern[p] == '^');
            if (negate) p++;
            bool found = false;
            bool first = true;
            while (p < pattern.Length && (first || pattern[p] != ']'))
            {
                first = false;
                char low = pattern[p];
                if (low == '[' && p + 1 < pattern.Length && pattern[p + 1] == ':')
                {
                    int close = pattern.IndexOf(":]", p + 2, System.StringComparison.Ordinal);
                    if (close > 0)
                    {
                        if (MatchesClass(pattern.Substring(p + 2, close - p - 2), c)) found = true;
                        p = close + 2;
                        continue;
                    }
                }
                if (p + 2 < pattern.Length && pattern[p + 1] == '-' && pattern[p + 2] != ']')
                {
                    if (c >= low && c <= pattern[p + 2]) found = true;
                    p += 3;
                    continue;
                }
                if (c == low) found = true;
                p++;
            }
            if (p >= pattern.Length)
            {
                next = start;
                matched = false;
                return false;
            }
            next = p + 1;
            matched = found != negate;
            return true;
        }

        private static bool MatchesClass(string name, char c) => name switch
        {
            "alpha" => (uint)((c | 0x20) - 'a') <= 'z' - 'a',
            "digit" => c >= '0' && c <= '9',
            "alnum" => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (c >= '0' && c <= '9'),
            "upper" => c >= 'A' && c <= 'Z',
            "lower" => c >= 'a' && c <= 'z',
            "space" => c == ' ' || (c >= '\t' && c <= '\r'),
            "xdigit" => (c >= '0' && c <= '9') || (uint)((c | 0x20) - 'a') <= 'f' - 'a',
            "punct" => c > ' ' && c < 0x7f && !((uint)((c | 0x20) - 'a') <= 'z' - 'a' || (c >= '0' && c <= '9')),
            _ => false,
        };
    }
}
