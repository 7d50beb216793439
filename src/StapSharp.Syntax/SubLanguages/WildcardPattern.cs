using Microsoft.CodeAnalysis.Text;

namespace StapSharp.Syntax
{
    /// <summary>
    /// A name or path pattern inside a probe-point string, as stap matches it with <c>fnmatch</c>:
    /// <c>*</c> matches any run of characters, <c>?</c> one character, <c>[...]</c> one of a set.
    /// </summary>
    public sealed class WildcardPattern
    {
        internal WildcardPattern(string text, TextSpan span)
        {
            Text = text;
            Span = span;
            HasWildcards = text.IndexOfAny(s_wildcardCharacters) >= 0;
        }

        private static readonly char[] s_wildcardCharacters = { '*', '?', '[' };

        /// <summary>The pattern as written.</summary>
        public string Text { get; }

        /// <summary>The offsets of the pattern in the string it was parsed from.</summary>
        public TextSpan Span { get; }

        /// <summary>Whether the pattern contains <c>*</c>, <c>?</c> or <c>[</c>, so it may match several names.</summary>
        public bool HasWildcards { get; }

        /// <summary>Returns <see cref="Text"/>.</summary>
        public override string ToString() => Text;
    }
}
