using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace StapSharp.Syntax
{
    /// <summary>
    /// The rewriter behind ReplaceNode/ReplaceToken/ReplaceTrivia/RemoveNode/InsertNodes*: it only descends into
    /// nodes whose span holds a target, so untouched subtrees are shared with the original.
    /// </summary>
    internal sealed class SyntaxReplacer : StapSyntaxRewriter
    {
        private readonly HashSet<StapSyntaxNode> _nodes = new(ReferenceEqualityComparer.Instance);
        private readonly Func<StapSyntaxNode, StapSyntaxNode, StapSyntaxNode>? _computeReplacement;
        private readonly Dictionary<SyntaxToken, SyntaxToken> _tokens = new();
        private readonly Dictionary<SyntaxTrivia, SyntaxTrivia> _trivia = new();
        private readonly StapSyntaxNode? _insertionTarget;
        private readonly List<StapSyntaxNode> _insertedNodes = new();
        private readonly bool _insertAfter;
        private readonly List<TextSpan> _spans = new();

        public SyntaxReplacer(
            IEnumerable<StapSyntaxNode>? nodes,
            Func<StapSyntaxNode, StapSyntaxNode, StapSyntaxNode>? computeReplacement,
            Dictionary<SyntaxToken, SyntaxToken>? tokens,
            Dictionary<SyntaxTrivia, SyntaxTrivia>? trivia)
            : base(visitIntoStructuredTrivia: false)
        {
            if (nodes != null)
                foreach (var node in nodes) { _nodes.Add(node); _spans.Add(node.FullSpan); }
            _computeReplacement = computeReplacement;
            if (tokens != null)
                foreach (var pair in tokens) { _tokens[pair.Key] = pair.Value; _spans.Add(pair.Key.FullSpan); }
            if (trivia != null)
                foreach (var pair in trivia) { _trivia[pair.Key] = pair.Value; _spans.Add(pair.Key.FullSpan); }
        }

        public SyntaxReplacer(StapSyntaxNode nodeInList, IEnumerable<StapSyntaxNode> newNodes, bool insertAfter)
            : this(null, null, null, null)
        {
            _insertionTarget = nodeInList ?? throw new ArgumentNullException(nameof(nodeInList));
            _insertedNodes.AddRange(newNodes);
            _insertAfter = insertAfter;
            _spans.Add(nodeInList.FullSpan);
        }

        private bool HoldsTarget(TextSpan span) =>
            _spans.Any(target => target.Start >= span.Start && target.End <= span.End);

        public override StapSyntaxNode? Visit(StapSyntaxNode? node)
        {
            if (node == null || !HoldsTarget(node.FullSpan)) return node;
            var rewritten = base.Visit(node);
            return _nodes.Contains(node) && _computeReplacement != null ? _computeReplacement(node, rewritten!) : rewritten;
        }

        public override SyntaxToken VisitToken(SyntaxToken token)
        {
            if (_tokens.TryGetValue(token, out var replacement)) return replacement;
            return _trivia.Count > 0 && HoldsTarget(token.FullSpan) ? base.VisitToken(token) : token;
        }

        public override SyntaxTrivia VisitTrivia(SyntaxTrivia trivia) =>
            _trivia.TryGetValue(trivia, out var replacement) ? replacement : trivia;

        public override SyntaxList<TNode> VisitList<TNode>(SyntaxList<TNode> list)
        {
            var visited = base.VisitList(list);
            int index = IndexOfTarget(list);
            if (index < 0) return visited;
            var items = visited.ToList();
            items.InsertRange(_insertAfter ? index + 1 : index, _insertedNodes.Cast<TNode>());
            return SyntaxFactory.List(items);
        }

        public override SeparatedSyntaxList<TNode> VisitList<TNode>(SeparatedSyntaxList<TNode> list)
        {
            var visited = base.VisitList(list);
            int index = IndexOfTarget(list);
            if (index < 0) return visited;
            var nodes = visited.ToList();
            var separators = visited.GetSeparators().ToList();
            var separatorKind = separators.Count > 0 ? separators[0].Kind : SyntaxKind.CommaToken;
            int at = _insertAfter ? index + 1 : index;
            nodes.InsertRange(at, _insertedNodes.Cast<TNode>());
            separators.InsertRange(Math.Min(at, separators.Count), _insertedNodes.Select(_ => SyntaxFactory.Token(separatorKind)));
            return SyntaxFactory.SeparatedList(nodes, separators.Take(Math.Max(0, nodes.Count - 1)));
        }

        private int IndexOfTarget<TNode>(IReadOnlyList<TNode> list) where TNode : StapSyntaxNode
        {
            if (_insertionTarget == null) return -1;
            for (int i = 0; i < list.Count; i++)
                if (ReferenceEquals(list[i], _insertionTarget)) return i;
            return -1;
        }

        /// <summary>Reference equality for the node set (netstandard2.0 has no ReferenceEqualityComparer).</summary>
        private sealed class ReferenceEqualityComparer : IEqualityComparer<StapSyntaxNode>
        {
            public static readonly ReferenceEqualityComparer Instance = new();

            public bool Equals(StapSyntaxNode? x, StapSyntaxNode? y) => ReferenceEquals(x, y);

            public int GetHashCode(StapSyntaxNode obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}
