namespace StapSharp.Syntax
{
    /// <summary>
    /// The interned value of each recent string literal text (<c>"%s\n"</c> to <c>%s\n</c>), so that a string seen
    /// before costs one look-up, not a second interning of its content (that was 6% of parse time). Direct-mapped
    /// by the text's hash and keyed by the interned text's identity; a collision just replaces the entry.
    /// </summary>
    internal sealed class StringValueCache
    {
        private const int Size = 1024;
        private readonly Entry[] _entries = new Entry[Size];

        private struct Entry
        {
            public string? Text;
            public string? Value;
        }

        /// <summary>The value stored for the interned <paramref name="text"/>, or null.</summary>
        public string? Find(string text, uint hash)
        {
            ref Entry entry = ref _entries[hash & (Size - 1)];
            return ReferenceEquals(entry.Text, text) ? entry.Value : null;
        }

        public void Store(string text, uint hash, string value)
        {
            ref Entry entry = ref _entries[hash & (Size - 1)];
            entry.Text = text;
            entry.Value = value;
        }
    }
}
