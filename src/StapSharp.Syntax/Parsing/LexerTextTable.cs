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

        /// <summary>
        /// A small direct-mapped front for the words seen lately (a file repeats its words): it stays in the fastest
        /// caches, where a probe of the whole table (tens of thousands of words) usually missed them.
        /// </summary>
        private readonly Entry[] _recent = new Entry[RecentSize];
        private const int RecentSize = 512;
        private int _count;

        /// <summary>Number of distinct words interned.</summary>
        public int Count => _count;

        private struct Entry
        {
            public string? Text;
            public uint Hash;
            public SyntaxKind Kind;
        }

        /// <summary>The hash <see cref="Intern(string, int, int, uint, out SyntaxKind, out bool)"/> expects: FNV-1a over the characters.</summary>
        public const uint HashSeed = 2166136261;

        /// <summary>One step of the word hash (the lexer folds it into its scanning loop).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static uint HashStep(uint hash, char c) => (hash ^ c) * 16777619;

        /// <summary>The hash of <c>text[start..start+length)</c>, as the lexer's scanning loops compute it step by step.</summary>
        public static uint Hash(string text, int start, int length)
        {
            uint hash = HashSeed;
            for (int i = 0; i < length; i++)
                hash = HashStep(hash, text[start + i]);
            return hash;
        }

        /// <summary>Returns the interned text of <c>text[start..start+length)</c> and the kind stored with it.</summary>
        public string Intern(string text, int start, int length, out SyntaxKind kind, out bool isNew)
        {
            return Intern(text, start, length, Hash(text, start, length), out kind, out isNew);
        }

        /// <summary>
        /// Returns the interned text of <c>text[start..start+length)</c>, whose <paramref name="hash"/> the caller
        /// computed while scanning it (<see cref="HashStep"/> from <see cref="HashSeed"/>), and the kind stored with it.
        /// </summary>
        public string Intern(string text, int start, int length, uint hash, out SyntaxKind kind, out bool isNew)
        {
            if (length > MaxInternedLength)
            {
                kind = SyntaxKind.None;
                isNew = true;
                return text.Substring(start, length);
            }

            ref Entry recent = ref _recent[(int)(hash & (RecentSize - 1))];
            if (recent.Hash == hash && recent.Text is { } seen && seen.Length == length && SameCharacters(seen, text, start))
            {
                kind = recent.Kind;
                isNew = false;
                return seen;
            }

            var entries = _entries;
            int mask = entries.Length - 1;
            int index = (int)(hash & (uint)mask);
            while (true)
            {
                ref Entry entry = ref entries[index];
                string? existing = entry.Text;
                if (existing is null)
                {
                    existing = text.Substring(start, length);
                    entry.Text = existing;
                    entry.Hash = hash;
                    entry.Kind = SyntaxKind.None;
                    kind = SyntaxKind.None;
                    isNew = true;
                    recent = entry;
                    if (++_count * 2 > entries.Length) Grow();
                    return existing;
                }
                if (entry.Hash == hash && existing.Length == length && SameCharacters(existing, text, start))
                {
                    kind = entry.Kind;
                    isNew = false;
                    recent = entry;
                    return existing;
                }
                index = (index + 1) & mask;
            }
        }

        private static bool SameCharacters(string interned, string text, int start)
        {
#if NET
            // The runtime's comparison reads 8 or 16 bytes at a time, with overlapping reads for the odd lengths.
            return System.MemoryExtensions.SequenceEqual(System.MemoryExtensions.AsSpan(text, start, interned.Length), System.MemoryExtensions.AsSpan(interned));
#else
            // System.Memory has no such fast path for chars: a plain loop.
            for (int i = 0; i < interned.Length; i++)
                if (interned[i] != text[start + i]) return false;
            return true;
#endif
        }

        /// <summary>Stores the kind found for an interned text (a no-op for texts too long to intern).</summary>
        public void SetKind(string internedText, SyntaxKind kind)
        {
            if (internedText.Length > MaxInternedLength) return;
            uint hash = Hash(internedText, 0, internedText.Length);
            int mask = _entries.Length - 1;
            int index = (int)(hash & (uint)mask);
            while (_entries[index].Text is { } existing)
            {
                if (ReferenceEquals(existing, internedText))
                {
                    _entries[index].Kind = kind;
                    ref Entry recent = ref _recent[(int)(hash & (RecentSize - 1))];
                    if (ReferenceEquals(recent.Text, internedText)) recent.Kind = kind;
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
