using System.Collections.Generic;

namespace StapSharp.Syntax
{
    /// <summary>
    /// Rebuilds a tree bottom-up: each <c>Visit</c> method returns the (possibly new) node, and unchanged
    /// subtrees are kept as they are. Return null from a list element's visit to remove it. Deep trees are safe.
    /// </summary>
    public abstract partial class StapSyntaxRewriter : StapSyntaxVisitor<StapSyntaxNode>
    {
        private int _recursionDepth;

        /// <summary>Creates a rewriter.</summary>
        /// <param name="visitIntoStructuredTrivia">Also rewrite the nodes of structured trivia.</param>
        protected StapSyntaxRewriter(bool visitIntoStructuredTrivia = false)
        {
            VisitIntoStructuredTrivia = visitIntoStructuredTrivia;
        }

        /// <summary>True if the rewriter also rewrites the nodes of structured trivia.</summary>
        public virtual bool VisitIntoStructuredTrivia { get; }

        /// <inheritdoc/>
        public override StapSyntaxNode? Visit(StapSyntaxNode? node)
        {
            if (node == null) return null;
            _recursionDepth++;
            try
            {
                if (!StackGuard.IsStackLow(_recursionDepth)) return node.Accept(this);
                int saved = _recursionDepth;
                var result = StackGuard.RunOnNewStack(() =>
                {
                    _recursionDepth = 0;
                    return node.Accept(this);
                });
                _recursionDepth = saved;
                return result;
            }
            finally
            {
                _recursionDepth--;
            }
        }

        /// <summary>Rewrites a token: by default only its trivia.</summary>
        /// <param name="token">The token.</param>
        public virtual SyntaxToken VisitToken(SyntaxToken token)
        {
            if (token.Node == null) return token;
            var leading = VisitList(token.LeadingTrivia);
            var trailing = VisitList(token.TrailingTrivia);
            if (leading == token.LeadingTrivia && trailing == token.TrailingTrivia) return token;
            return token.WithLeadingTrivia(leading).WithTrailingTrivia(trailing);
        }

        /// <summary>Rewrites a trivia: by default, its structure when <see cref="VisitIntoStructuredTrivia"/> is set.</summary>
        /// <param name="trivia">The trivia.</param>
        public virtual SyntaxTrivia VisitTrivia(SyntaxTrivia trivia)
        {
            if (VisitIntoStructuredTrivia && trivia.GetStructure() is { } structure)
            {
                var rewritten = Visit(structure);
                if (!ReferenceEquals(rewritten, structure) && rewritten is StructuredTriviaSyntax newStructure)
                    return SyntaxFactory.Trivia(newStructure);
            }
            return trivia;
        }

        /// <summary>Rewrites each node of a list; null results are removed.</summary>
        /// <typeparam name="TNode">The element type.</typeparam>
        /// <param name="list">The list.</param>
        public virtual SyntaxList<TNode> VisitList<TNode>(SyntaxList<TNode> list) where TNode : StapSyntaxNode
        {
            List<TNode>? changed = null;
            for (int i = 0; i < list.Count; i++)
            {
                var item = list[i];
                var visited = VisitListElement(item);
                if (changed == null && !ReferenceEquals(visited, item))
                {
                    changed = new List<TNode>(list.Count);
                    for (int j = 0; j < i; j++) changed.Add(list[j]);
                }
                if (changed != null && visited != null) changed.Add(visited);
            }
            return changed == null ? list : SyntaxFactory.List(changed);
        }

        /// <summary>Rewrites one element of a list.</summary>
        /// <typeparam name="TNode">The element type.</typeparam>
        /// <param name="node">The element.</param>
        public virtual TNode? VisitListElement<TNode>(TNode? node) where TNode : StapSyntaxNode => (TNode?)Visit(node);

        /// <summary>Rewrites each node and separator of a separated list; a null node removes it and its separator.</summary>
        /// <typeparam name="TNode">The element type.</typeparam>
        /// <param name="list">The list.</param>
        public virtual SeparatedSyntaxList<TNode> VisitList<TNode>(SeparatedSyntaxList<TNode> list) where TNode : StapSyntaxNode
        {
            var items = list.GetWithSeparators();
            var result = new List<SyntaxNodeOrToken>(items.Count);
            bool changed = false;
            for (int i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (item.AsNode() is TNode node)
                {
                    var visited = VisitListElement(node);
                    changed |= !ReferenceEquals(visited, node);
                    if (visited == null)
                    {
                        if (i + 1 < items.Count) i++; // drop the separator that followed the removed node
                        else if (result.Count > 0) result.RemoveAt(result.Count - 1);
                        continue;
                    }
                    result.Add(visited);
                }
                else
                {
                    var token = item.AsToken();
                    var visited = VisitListSeparator(token);
                    changed |= visited != token;
                    result.Add(visited);
                }
            }
            return changed ? new SeparatedSyntaxList<TNode>(result) : list;
        }

        /// <summary>Rewrites one separator of a separated list.</summary>
        /// <param name="separator">The separator.</param>
        public virtual SyntaxToken VisitListSeparator(SyntaxToken separator) => VisitToken(separator);

        /// <summary>Rewrites each token of a token list.</summary>
        /// <param name="list">The list.</param>
        public virtual SyntaxTokenList VisitList(SyntaxTokenList list)
        {
            var result = new List<SyntaxToken>(list.Count);
            bool changed = false;
            foreach (var token in list)
            {
                var visited = VisitToken(token);
                changed |= visited != token;
                if (visited.Node != null) result.Add(visited);
            }
            return changed ? new SyntaxTokenList(result) : list;
        }

        /// <summary>Rewrites each trivia of a trivia list.</summary>
        /// <param name="list">The list.</param>
        public virtual SyntaxTriviaList VisitList(SyntaxTriviaList list)
        {
            if (list.Count == 0) return list;
            var result = new List<SyntaxTrivia>(list.Count);
            bool changed = false;
            foreach (var trivia in list)
            {
                var visited = VisitTrivia(trivia);
                changed |= visited != trivia;
                if (visited.UnderlyingNode != null) result.Add(visited);
            }
            return changed ? new SyntaxTriviaList(result) : list;
        }
    }
}
