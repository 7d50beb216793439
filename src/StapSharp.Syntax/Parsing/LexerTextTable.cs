namespace StapSharp.Syntax
{
    /// <summary>
    /// Interns the words a lexer meets (identifiers, keywords, @-words, numbers) so each distinct spelling is
    /// allocated once (per thread, see <see cref="LexerCaches"/>), and remembers the keyword kind found for it.
    /// </summary>
    internal sealed class LexerTextTable
    {
        /// <summary>Longer texts are not interned: they rarely repeat.</summary>
        public const int MaxInternedLength = 64;

        private Entry[] _entries = new Entry[256];
        private int _count;

        /// <summary>Number of distinct words interned.</summary>
        public int Count => _count;

        private struct Entry
        {
            public string? Text;
            public uint Hash;
            public SyntaxKind Kind;
        }

        /// <summary>Returns the interned text of <c>text[start..start+length)</c> and the kind stored with it.</summary>
        public string Intern(string text, int start, int length, out SyntaxKind kind, out bool isNew)
        {
            if (length > MaxInternedLength)
            {
                kind = SyntaxKind.None;
                isNew = true;
                return text.Substring(start, length);
            }

            uint hash = 2166136261;
            for (int i = 0; i < length; i++)
                hash = (hash ^ text[start + i]) * 16777619;

            int mask = _entries.Length - 1;
            int index = (int)(hash & (uint)mask);
            while (true)
            {
                ref Entry entry = ref _entries[index];
                if (entry.Text is null)
                {
                    entry.Text = text.Substring(start, length);
                    entry.Hash = hash;
                    entry.Kind = SyntaxKind.None;
                    kind = SyntaxKind.None;
                    isNew = true;
                    string result = entry.Text;
                    if (++_count * 2 > _entries.Length) Grow();
                    return result;
                }
                if (entry.Hash == hash && entry.Text.Length == length
                    && string.CompareOrdinal(entry.Text, 0, text, start, length) == 0)
                {
                    kind = entry.Kind;
                    isNew = false;
                    return entry.Text;
                }
                index = (index + 1) & mask;
            }
        }

        /// <summary>Stores the kind found for an interned text (a no-op for texts too long to intern).</summary>
        public void SetKind(string internedText, SyntaxKind kind)
        {
            if (internedText.Length > MaxInternedLength) return;
            uint hash = 2166136261;
            for (int i = 0; i < internedText.Length; i++)
                hash = (hash ^ internedText[i]) * 16777619;
            int mask = _entries.Length - 1;
            int index = (int)(hash & (uint)mask);
            while (_entries[index].Text is { } existing)
            {
                if (ReferenceEquals(existing, internedText))
                {
                    _entries[index].Kind = kind;
                    return;
                }
                index = (index + 1) & mask;
            }
        }

        private void Grow()
        {
            var old = _entries;
            _entries = new Entry[old.Length * 2];
            int mask = _entries.Length - 1;
            foreach (var entry in old)
            {
                if (entry.Text is null) continue;
                int index = (int)(entry.Hash & (uint)mask);
                while (_entries[index].Text is not null)
                    index = (index + 1) & mask;
                _entries[index] = entry;
            }
        }
    }
}
