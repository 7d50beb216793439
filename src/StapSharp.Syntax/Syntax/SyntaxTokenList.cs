using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    /// <summary>A list of tokens that is a single child of a node (for example modifiers).</summary>
    public readonly struct SyntaxTokenList : IReadOnlyList<SyntaxToken>, IEquatable<SyntaxTokenList>
    {
        private readonly GreenNode? _node;

        internal SyntaxTokenList(StapSyntaxNode? parent, GreenNode? node, int position)
        {
            Parent = parent;
            _node = node;
            Position = position;
        }

        /// <summary>A list of the given tokens (without parent).</summary>
        /// <param name="tokens">The tokens.</param>
        public SyntaxTokenList(IEnumerable<SyntaxToken> tokens)
            : this(null, GreenList.CreateList(tokens.Where(t => t.Node != null).Select(t => (GreenNode)t.Node!).ToList()), 0)
        {
        }

        /// <summary>The node that owns the list.</summary>
        public StapSyntaxNode? Parent { get; }

        /// <summary>The full start of the first token.</summary>
        public int Position { get; }

        /// <summary>The number of tokens.</summary>
        public int Count => _node == null ? 0 : _node.IsList ? _node.SlotCount : 1;

        /// <summary>The token at <paramref name="index"/>.</summary>
        /// <param name="index">The index.</param>
        public SyntaxToken this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
                if (!_node!.IsList) return new SyntaxToken(Parent, (GreenToken)_node, Position);
                return new SyntaxToken(Parent, (GreenToken)_node.GetSlot(index)!, Position + _node.GetSlotOffset(index));
            }
        }

        /// <summary>True if the list holds a token of the given kind.</summary>
        /// <param name="kind">The kind to look for.</param>
        public bool Any(SyntaxKind kind)
        {
            foreach (var token in this)
                if (token.Kind == kind) return true;
            return false;
        }

        /// <summary>A new list with <paramref name="token"/> appended.</summary>
        /// <param name="token">The token to add.</param>
        public SyntaxTokenList Add(SyntaxToken token) => AddRange(new[] { token });

        /// <summary>A new list with <paramref name="tokens"/> appended.</summary>
        /// <param name="tokens">The tokens to add.</param>
        public SyntaxTokenList AddRange(IEnumerable<SyntaxToken> tokens) => new(this.Concat(tokens));

        /// <summary>A new list with <paramref name="token"/> inserted at <paramref name="index"/>.</summary>
        /// <param name="index">Where to insert.</param>
        /// <param name="token">The token to insert.</param>
        public SyntaxTokenList Insert(int index, SyntaxToken token)
        {
            var items = this.ToList();
            items.Insert(index, token);
            return new(items);
        }

        /// <summary>A new list without the token at <paramref name="index"/>.</summary>
        /// <param name="index">The index to remove.</param>
        public SyntaxTokenList RemoveAt(int index)
        {
            var items = this.ToList();
            items.RemoveAt(index);
            return new(items);
        }

        /// <summary>A new list with <paramref name="oldToken"/> replaced by <paramref name="newToken"/>.</summary>
        /// <param name="oldToken">A token of this list.</param>
        /// <param name="newToken">Its replacement.</param>
        public SyntaxTokenList Replace(SyntaxToken oldToken, SyntaxToken newToken) =>
            new(this.Select(t => t == oldToken ? newToken : t));

        internal GreenList ToGreenList() => _node switch
        {
            null => GreenList.Empty,
            GreenList list => list,
            _ => GreenList.CreateList(new[] { _node }),
        };

        /// <summary>The text of the tokens without the first leading and last trailing trivia.</summary>
        public override string ToString() => _node?.ToString() ?? string.Empty;

        /// <summary>The text of the tokens with all trivia.</summary>
        public string ToFullString() => _node?.ToFullString() ?? string.Empty;

        /// <summary>Enumerates the tokens.</summary>
        public IEnumerator<SyntaxToken> GetEnumerator()
        {
            int position = Position;
            for (int i = 0; i < Count; i++)
            {
                var green = (GreenToken)(_node!.IsList ? _node.GetSlot(i)! : _node);
                yield return new SyntaxToken(Parent, green, position);
                position += green.FullWidth;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <inheritdoc/>
        public bool Equals(SyntaxTokenList other) => ReferenceEquals(_node, other._node) && ReferenceEquals(Parent, other.Parent) && Position == other.Position;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is SyntaxTokenList other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => (_node?.GetHashCode() ?? 0) ^ Position;

        /// <summary>True if both lists are the same.</summary>
        /// <param name="left">The first list.</param>
        /// <param name="right">The second list.</param>
        public static bool operator ==(SyntaxTokenList left, SyntaxTokenList right) => left.Equals(right);

        /// <summary>True if the lists differ.</summary>
        /// <param name="left">The first list.</param>
        /// <param name="right">The second list.</param>
        public static bool operator !=(SyntaxTokenList left, SyntaxTokenList right) => !left.Equals(right);
    }
}
