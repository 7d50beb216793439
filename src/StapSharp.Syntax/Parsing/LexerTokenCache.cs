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
        private const int Size = 4096;
        private const int Mask = Size - 1;
        private readonly GreenToken?[] _entries = new GreenToken?[Size];

        public GreenToken GetOrAdd(SyntaxKind kind, string text, object? value, GreenNode? leading, GreenNode? trailing)
        {
            // Only trivia that are themselves shared (cached whitespace and end-of-line runs) make a token reusable.
            if (!GreenNodeCache.IsSharedTrivia(leading) || !GreenNodeCache.IsSharedTrivia(trailing))
                return new GreenToken(kind, text, value, leading, trailing);

            // The text is interned (or a fixed punctuation text), so its identity hash is cheap and stable; the
            // trivia are hashed by content: identity hashes of fresh objects cost a header update each, which once
            // showed up as a quarter of parse time in a profile.
            int hash = GreenNodeCache.TextHash(text) ^ ((int)kind * 31) ^ (TriviaHash(leading) * 7) ^ (TriviaHash(trailing) * 13);
            int index = hash & Mask;
            var entry = _entries[index];
            if (entry != null && entry.Kind == kind && ReferenceEquals(entry.Text, text)
                && ReferenceEquals(entry.GetLeadingTrivia(), leading) && ReferenceEquals(entry.GetTrailingTrivia(), trailing))
                return entry;
            entry = new GreenToken(kind, text, value, leading, trailing);
            _entries[index] = entry;
            return entry;
        }

        private static int TriviaHash(GreenNode? trivia) => trivia is null ? 0 : ((int)trivia.Kind << 16) ^ trivia.FullWidth;
    }
}
