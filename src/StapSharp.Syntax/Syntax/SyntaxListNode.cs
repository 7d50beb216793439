using System.Threading;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    /// <summary>
    /// The red wrapper of a green list slot. It is never seen by users: the parent of its elements is the node
    /// that owns the list, as in Roslyn. Element nodes and element offsets are created lazily.
    /// </summary>
    internal sealed class SyntaxListNode : StapSyntaxNode
    {
        private StapSyntaxNode?[]? _elements;
        private int[]? _offsets;

        internal SyntaxListNode(GreenNode green, StapSyntaxNode? parent, int position)
            : base(green, parent, position)
        {
        }

        public int Count => Green.SlotCount;

        /// <summary>The absolute position of element <paramref name="index"/>; offsets are summed once.</summary>
        public int GetElementPosition(int index)
        {
            var offsets = _offsets;
            if (offsets == null)
            {
                offsets = new int[Green.SlotCount];
                int offset = 0;
                for (int i = 0; i < offsets.Length; i++)
                {
                    offsets[i] = offset;
                    offset += Green.GetSlot(i)?.FullWidth ?? 0;
                }
                _offsets = offsets;
            }
            return Position + offsets[index];
        }

        /// <summary>The red node of element <paramref name="index"/>, or null when that element is a token.</summary>
        internal override StapSyntaxNode? GetNodeSlot(int index)
        {
            var green = Green.GetSlot(index);
            if (green == null || green.IsToken) return null;
            var elements = _elements;
            if (elements == null)
            {
                Interlocked.CompareExchange(ref _elements, new StapSyntaxNode?[Green.SlotCount], null);
                elements = _elements!;
            }
            var existing = elements[index];
            if (existing != null) return existing;
            var created = green.CreateRed(Parent, GetElementPosition(index));
            return Interlocked.CompareExchange(ref elements[index], created, null) ?? created;
        }

        internal override StapSyntaxNode? GetCachedSlot(int index) => _elements?[index];

        /// <summary>Element <paramref name="index"/> as a node or a token.</summary>
        public SyntaxNodeOrToken GetElement(int index)
        {
            var green = Green.GetSlot(index)!;
            return green.IsToken
                ? new SyntaxToken(Parent, (GreenToken)green, GetElementPosition(index))
                : new SyntaxNodeOrToken(GetNodeSlot(index)!);
        }

        public override void Accept(StapSyntaxVisitor visitor)
        {
        }

        public override TResult? Accept<TResult>(StapSyntaxVisitor<TResult> visitor) where TResult : default => default;
    }
}
