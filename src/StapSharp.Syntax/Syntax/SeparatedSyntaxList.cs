using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    /// <summary>A list of nodes separated by tokens (commas, dots); elements and separators alternate.</summary>
    /// <typeparam name="TNode">The element type.</typeparam>
    public readonly struct SeparatedSyntaxList<TNode> : IReadOnlyList<TNode>, IEquatable<SeparatedSyntaxList<TNode>>
        where TNode : StapSyntaxNode
    {
        // A SyntaxListNode whose even elements are nodes and odd elements separators, or a single node.
        private readonly StapSyntaxNode? _node;

        internal SeparatedSyntaxList(StapSyntaxNode? node)
        {
            _node = node;
        }

        /// <summary>A list from nodes and separators in alternation (without parent).</summary>
        /// <param name="nodesAndTokens">Node, separator, node, ... (a trailing separator is allowed).</param>
        public SeparatedSyntaxList(IEnumerable<SyntaxNodeOrToken> nodesAndTokens)
            : this(SyntaxList<TNode>.CreateNode(nodesAndTokens.Select(GreenOf)))
        {
        }

        private static GreenNode GreenOf(SyntaxNodeOrToken item) =>
            item.AsNode()?.Green ?? item.AsToken().Node ?? throw new ArgumentException("A default token cannot be a list element.");

        internal StapSyntaxNode? Node => _node;

        private int ElementCount => _node is SyntaxListNode list ? list.Count : _node == null ? 0 : 1;

        /// <summary>The number of nodes.</summary>
        public int Count => (ElementCount + 1) / 2;

        /// <summary>The number of separators.</summary>
        public int SeparatorCount => ElementCount / 2;

        /// <summary>The node at <paramref name="index"/>.</summary>
        /// <param name="index">The index.</param>
        public TNode this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
                return _node is SyntaxListNode list ? (TNode)list.GetNodeSlot(2 * index)! : (TNode)_node!;
            }
        }

        /// <summary>The separator after node <paramref name="index"/>.</summary>
        /// <param name="index">The index.</param>
        public SyntaxToken GetSeparator(int index)
        {
            if ((uint)index >= (uint)SeparatorCount) throw new ArgumentOutOfRangeException(nameof(index));
            return ((SyntaxListNode)_node!).GetElement(2 * index + 1).AsToken();
        }

        /// <summary>The separators.</summary>
        public IEnumerable<SyntaxToken> GetSeparators()
        {
            for (int i = 0; i < SeparatorCount; i++) yield return GetSeparator(i);
        }

        /// <summary>The nodes and separators in source order.</summary>
        public IReadOnlyList<SyntaxNodeOrToken> GetWithSeparators() => _node switch
        {
            null => Array.Empty<SyntaxNodeOrToken>(),
            SyntaxListNode list => list.ChildNodesAndTokens(),
            _ => new[] { new SyntaxNodeOrToken(_node) },
        };

        /// <summary>The span of the list without the first leading and last trailing trivia.</summary>
        public TextSpan Span => _node?.Span ?? default;

        /// <summary>The span of the list with all trivia.</summary>
        public TextSpan FullSpan => _node?.FullSpan ?? default;

        /// <summary>True if the list is not empty.</summary>
        public bool Any() => Count > 0;

        /// <summary>A new list with <paramref name="node"/> appended (after a separator like the existing ones, else a comma).</summary>
        /// <param name="node">The node to add.</param>
        public SeparatedSyntaxList<TNode> Add(TNode node) => AddRange(new[] { node });

        /// <summary>A new list with <paramref name="nodes"/> appended (after separators like the existing ones, else commas).</summary>
        /// <param name="nodes">The nodes to add.</param>
        public SeparatedSyntaxList<TNode> AddRange(IEnumerable<TNode> nodes)
        {
            var separator = SeparatorCount > 0 ? GetSeparator(0).Kind : SyntaxKind.CommaToken;
            var items = GetWithSeparators().ToList();
            foreach (var node in nodes)
            {
                if (items.Count > 0 && items[items.Count - 1].IsNode) items.Add(SyntaxFactory.Token(separator));
                items.Add(node);
            }
            return new(items);
        }

        /// <summary>A new list without the node at <paramref name="index"/> (and its separator).</summary>
        /// <param name="index">The index to remove.</param>
        public SeparatedSyntaxList<TNode> RemoveAt(int index)
        {
            var nodes = this.ToList();
            nodes.RemoveAt(index);
            return SyntaxFactory.SeparatedList(nodes, GetSeparators().Take(Math.Max(0, nodes.Count - 1)));
        }

        /// <summary>A new list with <paramref name="oldNode"/> replaced by <paramref name="newNode"/>.</summary>
        /// <param name="oldNode">A node of this list.</param>
        /// <param name="newNode">Its replacement.</param>
        public SeparatedSyntaxList<TNode> Replace(TNode oldNode, TNode newNode) =>
            new(GetWithSeparators().Select(item => ReferenceEquals(item.AsNode(), oldNode) ? new SyntaxNodeOrToken(newNode) : item));

        internal GreenList ToGreenList() => _node switch
        {
            null => GreenList.Empty,
            SyntaxListNode list => (GreenList)list.Green,
            _ => GreenList.CreateList(new[] { _node.Green }),
        };

        /// <summary>The text without the first leading and last trailing trivia.</summary>
        public override string ToString() => _node?.ToString() ?? string.Empty;

        /// <summary>The text with all trivia.</summary>
        public string ToFullString() => _node?.ToFullString() ?? string.Empty;

        /// <summary>Enumerates the nodes (not the separators).</summary>
        public IEnumerator<TNode> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <inheritdoc/>
        public bool Equals(SeparatedSyntaxList<TNode> other) => ReferenceEquals(_node, other._node) || (ElementCount == 0 && other.ElementCount == 0);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is SeparatedSyntaxList<TNode> other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => _node?.GetHashCode() ?? 0;

        /// <summary>True if both lists are the same.</summary>
        /// <param name="left">The first list.</param>
        /// <param name="right">The second list.</param>
        public static bool operator ==(SeparatedSyntaxList<TNode> left, SeparatedSyntaxList<TNode> right) => left.Equals(right);

        /// <summary>True if the lists differ.</summary>
        /// <param name="left">The first list.</param>
        /// <param name="right">The second list.</param>
        public static bool operator !=(SeparatedSyntaxList<TNode> left, SeparatedSyntaxList<TNode> right) => !left.Equals(right);
    }
}
