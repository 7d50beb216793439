using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    /// <summary>A list of nodes that is a single child of a node (for example the statements of a block).</summary>
    /// <typeparam name="TNode">The element type.</typeparam>
    public readonly struct SyntaxList<TNode> : IReadOnlyList<TNode>, IEquatable<SyntaxList<TNode>>
        where TNode : StapSyntaxNode
    {
        // Either a SyntaxListNode, or (for a list built from one node) that node itself.
        private readonly StapSyntaxNode? _node;

        internal SyntaxList(StapSyntaxNode? node)
        {
            _node = node;
        }

        /// <summary>A list of the given nodes (without parent).</summary>
        /// <param name="nodes">The nodes.</param>
        public SyntaxList(IEnumerable<TNode> nodes)
            : this(CreateNode(nodes.Select(n => n.Green)))
        {
        }

        internal StapSyntaxNode? Node => _node;

        /// <summary>The number of nodes.</summary>
        public int Count => _node is SyntaxListNode list ? list.Count : _node == null ? 0 : 1;

        /// <summary>The node at <paramref name="index"/>.</summary>
        /// <param name="index">The index.</param>
        public TNode this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
                return _node is SyntaxListNode list ? (TNode)list.GetNodeSlot(index)! : (TNode)_node!;
            }
        }

        /// <summary>The span of the list without the first leading and last trailing trivia.</summary>
        public TextSpan Span => _node?.Span ?? default;

        /// <summary>The span of the list with all trivia.</summary>
        public TextSpan FullSpan => _node?.FullSpan ?? default;

        /// <summary>True if the list is not empty.</summary>
        public bool Any() => Count > 0;

        /// <summary>The first node.</summary>
        public TNode First() => this[0];

        /// <summary>The last node.</summary>
        public TNode Last() => this[Count - 1];

        /// <summary>The index of <paramref name="node"/>, or -1.</summary>
        /// <param name="node">The node to find.</param>
        public int IndexOf(TNode node)
        {
            for (int i = 0; i < Count; i++)
                if (ReferenceEquals(this[i], node)) return i;
            return -1;
        }

        /// <summary>A new list with <paramref name="node"/> appended.</summary>
        /// <param name="node">The node to add.</param>
        public SyntaxList<TNode> Add(TNode node) => AddRange(new[] { node });

        /// <summary>A new list with <paramref name="nodes"/> appended.</summary>
        /// <param name="nodes">The nodes to add.</param>
        public SyntaxList<TNode> AddRange(IEnumerable<TNode> nodes) => new(this.Concat(nodes));

        /// <summary>A new list with <paramref name="node"/> inserted at <paramref name="index"/>.</summary>
        /// <param name="index">Where to insert.</param>
        /// <param name="node">The node to insert.</param>
        public SyntaxList<TNode> Insert(int index, TNode node) => InsertRange(index, new[] { node });

        /// <summary>A new list with <paramref name="nodes"/> inserted at <paramref name="index"/>.</summary>
        /// <param name="index">Where to insert.</param>
        /// <param name="nodes">The nodes to insert.</param>
        public SyntaxList<TNode> InsertRange(int index, IEnumerable<TNode> nodes)
        {
            var items = this.ToList();
            items.InsertRange(index, nodes);
            return new(items);
        }

        /// <summary>A new list without the node at <paramref name="index"/>.</summary>
        /// <param name="index">The index to remove.</param>
        public SyntaxList<TNode> RemoveAt(int index)
        {
            var items = this.ToList();
            items.RemoveAt(index);
            return new(items);
        }

        /// <summary>A new list without <paramref name="node"/>.</summary>
        /// <param name="node">The node to remove.</param>
        public SyntaxList<TNode> Remove(TNode node) => new(this.Where(n => !ReferenceEquals(n, node)));

        /// <summary>A new list with <paramref name="oldNode"/> replaced by <paramref name="newNode"/>.</summary>
        /// <param name="oldNode">A node of this list.</param>
        /// <param name="newNode">Its replacement.</param>
        public SyntaxList<TNode> Replace(TNode oldNode, TNode newNode) => new(this.Select(n => ReferenceEquals(n, oldNode) ? newNode : n));

        internal static StapSyntaxNode? CreateNode(IEnumerable<GreenNode> greens)
        {
            var list = greens.ToList();
            return list.Count == 0 ? null : GreenList.CreateList(list).CreateRed();
        }

        internal GreenList ToGreenList() => _node switch
        {
            null => GreenList.Empty,
            SyntaxListNode list => (GreenList)list.Green,
            _ => GreenList.CreateList(new[] { _node.Green }),
        };

        /// <summary>The text of the nodes without the first leading and last trailing trivia.</summary>
        public override string ToString() => _node?.ToString() ?? string.Empty;

        /// <summary>The text of the nodes with all trivia.</summary>
        public string ToFullString() => _node?.ToFullString() ?? string.Empty;

        /// <summary>Enumerates the nodes.</summary>
        public IEnumerator<TNode> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <inheritdoc/>
        public bool Equals(SyntaxList<TNode> other) => ReferenceEquals(_node, other._node) || (Count == 0 && other.Count == 0);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is SyntaxList<TNode> other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => _node?.GetHashCode() ?? 0;

        /// <summary>True if both lists are the same.</summary>
        /// <param name="left">The first list.</param>
        /// <param name="right">The second list.</param>
        public static bool operator ==(SyntaxList<TNode> left, SyntaxList<TNode> right) => left.Equals(right);

        /// <summary>True if the lists differ.</summary>
        /// <param name="left">The first list.</param>
        /// <param name="right">The second list.</param>
        public static bool operator !=(SyntaxList<TNode> left, SyntaxList<TNode> right) => !left.Equals(right);

        /// <summary>Converts a list of derived nodes to a list of their base type.</summary>
        /// <param name="nodes">The list.</param>
        public static implicit operator SyntaxList<StapSyntaxNode>(SyntaxList<TNode> nodes) => new(nodes._node);
    }
}
