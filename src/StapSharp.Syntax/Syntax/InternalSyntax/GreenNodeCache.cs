namespace StapSharp.Syntax.InternalSyntax
{
    /// <summary>
    /// Shares small green nodes built over shared tokens (Roslyn's SyntaxNodeCache idea): the one-token list of a
    /// probe point name such as <c>kernel</c>, the identifier name <c>i</c>, the literal <c>0</c>. A corpus parse
    /// builds such nodes hundreds of thousands of times; green nodes are immutable and position-less, so one
    /// instance can stand for all of them. Only children without diagnostics whose trivia are themselves shared
    /// qualify (anything else would rarely repeat). Direct-mapped and lock-free: an entry is one reference, written
    /// and read atomically, and a hit is checked by the children's identity, so a race or collision only costs a miss.
    /// One cache per thread (<see cref="ForCurrentThread"/>): a shared table written by every parsing thread made
    /// the cores fight over its cache lines.
    /// </summary>
    internal sealed class GreenNodeCache
    {
        private const int Size = 1 << 14;
        private const int Mask = Size - 1;
        private readonly GreenNode?[] _entries = new GreenNode?[Size];

        [System.ThreadStatic]
        private static GreenNodeCache? t_current;

        private GreenNodeCache()
        {
        }

        /// <summary>This thread's cache.</summary>
        public static GreenNodeCache ForCurrentThread => t_current ??= new GreenNodeCache();

        /// <summary>A list with the single child <paramref name="child"/>.</summary>
        public GreenList List(GreenNode child)
        {
            if (!TryHash(child, out int hash)) return GreenList.CreateSingle(child);
            int index = Index(SyntaxKind.List, hash);
            if (_entries[index] is GreenList { SlotCount: 1 } hit && ReferenceEquals(hit.GetSlot(0), child)) return hit;
            var list = GreenList.CreateSingle(child);
            _entries[index] = list;
            return list;
        }

        /// <summary>An identifier name over <paramref name="identifier"/>.</summary>
        public IdentifierNameSyntax IdentifierName(GreenToken identifier)
        {
            if (!TryHash(identifier, out int hash)) return SyntaxFactory.IdentifierName(identifier);
            int index = Index(SyntaxKind.IdentifierName, hash);
            if (_entries[index] is IdentifierNameSyntax hit && ReferenceEquals(hit.Identifier, identifier)) return hit;
            var node = SyntaxFactory.IdentifierName(identifier);
            _entries[index] = node;
            return node;
        }

        /// <summary>A literal expression of <paramref name="kind"/> over the token list <paramref name="tokens"/>.</summary>
        public LiteralExpressionSyntax LiteralExpression(SyntaxKind kind, GreenList tokens)
        {
            if (!TryHash(tokens, out int hash)) return SyntaxFactory.LiteralExpression(kind, tokens);
            int index = Index(kind, hash);
            if (_entries[index] is LiteralExpressionSyntax hit && hit.Kind == kind && ReferenceEquals(hit.GetSlot(0), tokens)) return hit;
            var node = SyntaxFactory.LiteralExpression(kind, tokens);
            _entries[index] = node;
            return node;
        }

        /// <summary>A probe point component without argument, named by <paramref name="nameTokens"/>.</summary>
        public ProbePointComponentSyntax ProbePointComponent(GreenList nameTokens)
        {
            if (!TryHash(nameTokens, out int hash)) return SyntaxFactory.ProbePointComponent(nameTokens, null);
            int index = Index(SyntaxKind.ProbePointComponent, hash);
            if (_entries[index] is ProbePointComponentSyntax hit && ReferenceEquals(hit.GetSlot(0), nameTokens) && hit.GetSlot(1) is null)
                return hit;
            var node = SyntaxFactory.ProbePointComponent(nameTokens, null);
            _entries[index] = node;
            return node;
        }

        /// <summary>Longest trivia list shared through the cache (an end of line, blank lines, then indentation).</summary>
        private const int MaxSharedTriviaCount = 4;

        /// <summary>
        /// The trivia node of a token's leading or trailing <paramref name="items"/>: null, the single trivia, or a
        /// list, shared when it is made only of shared whitespace and end-of-line trivia (an end of line followed
        /// by indentation is the leading trivia of most lines' first token).
        /// </summary>
        public GreenNode? TriviaList(System.Collections.Generic.List<GreenNode> items)
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

        private static bool SameChildren(GreenList list, System.Collections.Generic.List<GreenNode> items)
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

        /// <summary>
        /// The identity hash of a token text: cacheable tokens carry interned or fixed texts, which live long and are
        /// hashed again and again, so this is a header read where a content hash (Marvin) walked every character.
        /// </summary>
        internal static int TextHash(string text) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(text);

        private static int Index(SyntaxKind kind, int childHash) => ((childHash * 31) ^ ((int)kind * unchecked((int)0x9E3779B1))) & Mask;

        /// <summary>
        /// A content hash of a cacheable child: a token (its kind, text and trivia widths) or a one-element list of
        /// one. Content, not identity: identity hashes of fresh objects are costly to assign.
        /// </summary>
        private static bool TryHash(GreenNode node, out int hash)
        {
            hash = 0;
            if (node.ContainsDiagnostics || node.IsMissing) return false;
            if (node is GreenToken token)
            {
                var leading = token.GetLeadingTrivia();
                var trailing = token.GetTrailingTrivia();
                if (!IsSharedTrivia(leading) || !IsSharedTrivia(trailing)) return false;
                hash = TextHash(token.Text) ^ ((int)token.Kind << 20) ^ (token.GetLeadingTriviaWidth() * 7) ^ (token.GetTrailingTriviaWidth() << 12);
                return true;
            }
            if (node.IsList && node.SlotCount == 1 && node.GetSlot(0) is GreenToken only && TryHash(only, out int childHash))
            {
                hash = childHash * 17 + 1;
                return true;
            }
            return false;
        }
    }
}
