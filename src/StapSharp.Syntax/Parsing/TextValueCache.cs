namespace StapSharp.Syntax
{
    /// <summary>
    /// The value of each recent string or number literal, by its interned text (<c>"%s\n"</c> to <c>%s\n</c>,
    /// <c>0x10</c> to a boxed 16), so that a literal seen before costs one look-up, not a second interning of a
    /// string's content (that was 6% of parse time) or a number's parse and box. Direct-mapped by the text's hash
    /// and keyed by the interned text's identity; a collision just replaces the entry.
    /// </summary>
    internal sealed class TextValueCache
    {
        private const int Size = 1024;
        private readonly Entry[] _entries = new Entry[Size];

        private struct Entry
        {
            public string? Text;
            public object? Value;
        }

        /// <summary>The value stored for the interned <paramref name="text"/>, or null.</summary>
        public object? Find(string text, uint hash)
        {
            ref Entry entry = ref _entries[hash & (Size - 1)];
            return ReferenceEquals(entry.Text, text) ? entry.Value : null;
        }

        /// <summary>Stores <paramref name="value"/> for <paramref name="text"/>; texts too long to be interned are not kept.</summary>
        public void Store(string text, uint hash, object value)
        {
            if (text.Length > LexerTextTable.MaxInternedLength) return;
            ref Entry entry = ref _entries[hash & (Size - 1)];
            entry.Text = text;
            entry.Value = value;
        }
    }
}
