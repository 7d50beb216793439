namespace StapSharp.Syntax.InternalSyntax
{
    /// <summary>
    /// Shares the trivia lists tokens repeat: an end of line followed by indentation (the leading trivia of most
    /// lines' first token), blank lines. Green nodes are immutable and position-less, so one instance can stand for
    /// all of them, and tokens carrying a shared list can themselves be cached by <c>LexerTokenCache</c>.
    /// Direct-mapped: a hit is checked by the children's identity, so a collision only costs a miss. One cache per
    /// thread (<see cref="ForCurrentThread"/>), so parsing threads never write to the same table.
    /// (Sharing small parser nodes too, Roslyn's SyntaxNodeCache idea, saved 6 MB per corpus pass but cost more time
    /// in look-ups than the allocations did; see docs/performance.md.)
    /// </summary>
    internal sealed class GreenNodeCache
    {
        private const int Size = 1 << 10;
        private const int Mask = Size - 1;
        private readonly GreenNode?[] _entries = new GreenNode?[Size];

        [System.ThreadStatic]
        private static GreenNodeCache? t_current;

        private GreenNodeCache()
        {
        }

        /// <summary>This thread's cache.</summary>
        public static GreenNodeCache ForCurrentThread => t_current ??= new GreenNodeCache();

        /// <summary>Longest trivia list shared through the cache (an end of line, blank lines, then indentation).</summary>
        private const int MaxSharedTriviaCount = 4;

        /// <summary>
        /// The trivia node of a token's leading or trailing <paramref name="items"/>: null, the single trivia, or a
        /// list, shared when it is made only of shared whitespace and end-of-line trivia (an end of line followed
        /// by indentation is the leading trivia of most lines' first token).
        /// </summary>
        public GreenNode? TriviaList(GreenNodeListBuilder items)
        {
            if (items.Count == 0) return null;
            if (items.Count == 1) return items[0];
            if (items.Count > MaxSharedTriviaCount) return GreenList.Create(items);
            int hash = items.Count;
            foreach (var item in items)
            {
                if (!IsSharedSimpleTrivia(item)) return GreenList.Create(items);
                hash = (hash * 31) ^ ((int)item.Kind << 8) ^ item.FullWidth;
            }
            int index = Index(SyntaxKind.List, hash);
            if (_entries[index] is GreenList hit && hit.SlotCount == items.Count && SameChildren(hit, items)) return hit;
            var list = GreenList.Create(items)!;
            _entries[index] = list;
            return list;
        }

        private static bool SameChildren(GreenList list, GreenNodeListBuilder items)
        {
            for (int i = 0; i < items.Count; i++)
                if (!ReferenceEquals(list.GetSlot(i), items[i])) return false;
            return true;
        }

        /// <summary>
        /// Trivia the lexer shares between tokens: none, a single whitespace run or end of line, or a list of those
        /// (from <see cref="TriviaList"/>). Tokens with such trivia repeat, so caching them pays.
        /// </summary>
        public static bool IsSharedTrivia(GreenNode? trivia)
        {
            if (trivia is null || IsSharedSimpleTrivia(trivia)) return true;
            if (!trivia.IsList || trivia.SlotCount > MaxSharedTriviaCount) return false;
            for (int i = 0; i < trivia.SlotCount; i++)
                if (!IsSharedSimpleTrivia(trivia.GetSlot(i))) return false;
            return true;
        }

        private static bool IsSharedSimpleTrivia(GreenNode? trivia) =>
            trivia is GreenTrivia simple && (simple.Kind == SyntaxKind.EndOfLineTrivia || simple.Kind == SyntaxKind.WhitespaceTrivia);

        private static int Index(SyntaxKind kind, int childHash) => ((childHash * 31) ^ ((int)kind * unchecked((int)0x9E3779B1))) & Mask;
    }
}
