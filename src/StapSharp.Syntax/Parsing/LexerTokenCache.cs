using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    /// <summary>
    /// Shares green tokens between identical occurrences: same kind, same interned text and the same (shared)
    /// trivia instances, e.g. <c>=</c> followed by one space, or an identifier at the end of a line. Direct-mapped,
    /// so a collision simply replaces the entry.
    /// </summary>
    internal sealed class LexerTokenCache
    {
        private const int Size = 16384;
        private const int Mask = Size - 1;
        /// <summary>
        /// The key of each cached token is kept in the table itself: comparing it there touches one cache line, where
        /// reading it from the token object was a cache miss on most look-ups (60% of this method's time).
        /// </summary>
        private readonly Entry[] _entries = new Entry[Size];

        private struct Entry
        {
            public GreenToken? Token;
            public string? Text;
            public GreenNode? Leading;
            public GreenNode? Trailing;
            public SyntaxKind Kind;
        }

        /// <summary>
        /// The cached token with these parts, or a new one (cached when its trivia are shareable). With
        /// <paramref name="triviaKnownShareable"/> the caller vouches that both trivia are null, whitespace or end of
        /// line, and the check is skipped.
        /// </summary>
        public GreenToken GetOrAdd(SyntaxKind kind, string text, uint textHash, object? value, GreenNode? leading, GreenNode? trailing,
            bool triviaKnownShareable = false)
        {
            // Only trivia that are themselves shared (cached whitespace and end-of-line runs) make a token reusable.
            if (!triviaKnownShareable && (!GreenNodeCache.IsSharedTrivia(leading) || !GreenNodeCache.IsSharedTrivia(trailing)))
                return new GreenToken(kind, text, value, leading, trailing);

            // Every interned text comes with its hash: words and literals hashed while lexed, punctuation by kind.
            // Trivia are hashed by content: identity hashes of fresh objects cost a header update each, which once
            // showed up as a quarter of parse time in a profile.
            int hash = (int)textHash ^ ((int)kind * 31) ^ (TriviaHash(leading) * 7) ^ (TriviaHash(trailing) * 13);
            int index = hash & Mask;
            ref Entry entry = ref _entries[index];
            if (entry.Kind == kind && ReferenceEquals(entry.Text, text) && entry.Token != null
                && ReferenceEquals(entry.Leading, leading) && ReferenceEquals(entry.Trailing, trailing))
                return entry.Token;
            var token = new GreenToken(kind, text, value, leading, trailing);
            entry.Token = token;
            entry.Text = text;
            entry.Leading = leading;
            entry.Trailing = trailing;
            entry.Kind = kind;
            return token;
        }

        private static int TriviaHash(GreenNode? trivia) => trivia is null ? 0 : ((int)trivia.Kind << 16) ^ trivia.FullWidth;
    }
}
