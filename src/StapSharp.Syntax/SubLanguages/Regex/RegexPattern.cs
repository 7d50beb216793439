using System;
using System.Collections.Generic;

namespace StapSharp.Syntax
{
    /// <summary>
    /// A parsed regular expression: the right operand of <c>=~</c> and <c>!~</c>, in the POSIX-ERE dialect stap 4.8
    /// compiles at translate time. The text is the stap value of the (glued) string literal, C escapes included
    /// (<see cref="StringLiteralValueMap"/> computes it and maps error offsets back to the source).
    /// </summary>
    public sealed class RegexPattern
    {
        private const int CacheCapacity = 4096;

        private static readonly SubLanguageCache<RegexPattern> s_cache = new(RegexParser.ParseText, CacheCapacity);

        internal RegexPattern(string text, RegexNode? root, int groupCount, IReadOnlyList<SubLanguageError> errors)
        {
            Text = text;
            Root = root;
            GroupCount = groupCount;
            Errors = errors;
        }

        /// <summary>The pattern text that was parsed.</summary>
        public string Text { get; }

        /// <summary>The number of capturing groups (what <c>ngroups()</c> counts, minus the whole match); valid when there are no errors.</summary>
        public int GroupCount { get; }

        /// <summary>The first error, as stap reports only one; empty when stap accepts the pattern.</summary>
        public IReadOnlyList<SubLanguageError> Errors { get; }

        /// <summary>Whether stap would reject the pattern.</summary>
        public bool HasErrors => Errors.Count != 0;

        /// <summary>The syntax tree of the pattern, or null when it has errors.</summary>
        internal RegexNode? Root { get; }

        /// <summary>
        /// Parses <paramref name="text"/> as a regular expression. Results are cached per distinct text and shared
        /// between threads; errors are reported in <see cref="Errors"/>, never thrown.
        /// </summary>
        /// <param name="text">The pattern: the stap value of the string literal, without quotes.</param>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        public static RegexPattern Parse(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            return s_cache.GetOrParse(text);
        }

        /// <summary>Returns <see cref="Text"/>.</summary>
        public override string ToString() => Text;
    }
}
