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

        public GreenToken GetOrAdd(SyntaxKind kind, string text, uint textHash, object? value, GreenNode? leading, GreenNode? trailing)
        {
            // Only trivia that are themselves shared (cached whitespace and end-of-line runs) make a token reusable.
            if (!GreenNodeCache.IsSharedTrivia(leading) || !GreenNodeCache.IsSharedTrivia(trailing))
                return new GreenToken(kind, text, value, leading, trailing);

            // The lexer hashed the text while scanning it (words) or knows it by kind (punctuation); other interned
            // texts fall back to their identity hash. Trivia are hashed by content: identity hashes of fresh objects
            // cost a header update each, which once showed up as a quarter of parse time in a profile.
            int textPart = textHash != 0 ? (int)textHash : GreenNodeCache.TextHash(text);
            int hash = textPart ^ ((int)kind * 31) ^ (TriviaHash(leading) * 7) ^ (TriviaHash(trailing) * 13);
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
