using System;
using System.Collections.Generic;
using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    public abstract partial class StapSyntaxNode
    {
        /// <summary>The direct children, lists flattened, in source order. Absent optional children are left out.</summary>
        public IReadOnlyList<SyntaxNodeOrToken> ChildNodesAndTokens()
        {
            if (this is SyntaxListNode list)
            {
                var elements = new SyntaxNodeOrToken[list.Count];
                for (int i = 0; i < elements.Length; i++) elements[i] = list.GetElement(i);
                return elements;
            }
            var children = new List<SyntaxNodeOrToken>(Green.SlotCount);
            for (int slot = 0; slot < Green.SlotCount; slot++)
            {
                var green = Green.GetSlot(slot);
                if (green == null) continue;
                if (green.IsToken)
                {
                    children.Add(new SyntaxToken(this, (GreenToken)green, GetChildPosition(slot)));
                }
                else if (green.IsList)
                {
                    if (GetNodeSlot(slot) is SyntaxListNode redList)
                    {
                        for (int i = 0; i < redList.Count; i++) children.Add(redList.GetElement(i));
                        continue;
                    }
                    // A token list (SyntaxTokenList) has no red list node: its elements are all tokens.
                    int position = GetChildPosition(slot);
                    for (int i = 0; i < green.SlotCount; i++)
                    {
                        var element = green.GetSlot(i)!;
                        children.Add(new SyntaxToken(this, (GreenToken)element, position));
                        position += element.FullWidth;
                    }
                }
                else
                {
                    children.Add(new SyntaxNodeOrToken(GetNodeSlot(slot)!));
                }
            }
            return children;
        }

        /// <summary>The direct child nodes, in source order.</summary>
        public IEnumerable<StapSyntaxNode> ChildNodes()
        {
            foreach (var child in ChildNodesAndTokens())
                if (child.AsNode() is { } node) yield return node;
        }

        /// <summary>The direct child tokens, in source order.</summary>
        public IEnumerable<SyntaxToken> ChildTokens()
        {
            foreach (var child in ChildNodesAndTokens())
                if (child.IsToken) yield return child.AsToken();
        }

        /// <summary>This node's ancestors, nearest first (structured trivia continue into the token that holds them).</summary>
        /// <param name="ascendOutOfTrivia">Continue from structured trivia to the node of the token that holds it.</param>
        public IEnumerable<StapSyntaxNode> Ancestors(bool ascendOutOfTrivia = true)
        {
            var parent = GetParent(this, ascendOutOfTrivia);
            while (parent != null)
            {
                yield return parent;
                parent = GetParent(parent, ascendOutOfTrivia);
            }
        }

        /// <summary>This node and its ancestors, nearest first.</summary>
        /// <param name="ascendOutOfTrivia">Continue from structured trivia to the node of the token that holds it.</param>
        public IEnumerable<StapSyntaxNode> AncestorsAndSelf(bool ascendOutOfTrivia = true)
        {
            yield return this;
            foreach (var ancestor in Ancestors(ascendOutOfTrivia)) yield return ancestor;
        }

        /// <summary>The nearest ancestor (or this node) of type <typeparamref name="TNode"/>.</summary>
        /// <typeparam name="TNode">The node type to look for.</typeparam>
        public TNode? FirstAncestorOrSelf<TNode>() where TNode : StapSyntaxNode
        {
            foreach (var node in AncestorsAndSelf())
                if (node is TNode match) return match;
            return null;
        }

        private static StapSyntaxNode? GetParent(StapSyntaxNode node, bool ascendOutOfTrivia) =>
            node.Parent ?? (ascendOutOfTrivia && node is StructuredTriviaSyntax structured ? structured.ParentTrivia.Token.Parent : null);

        /// <summary>All nodes and tokens below this node in document order, without recursion.</summary>
        /// <param name="descendIntoChildren">Decides whether the children of a node are visited (null: always).</param>
        /// <param name="descendIntoTrivia">Also visit the nodes and tokens of structured trivia.</param>
        public IEnumerable<SyntaxNodeOrToken> DescendantNodesAndTokensAndSelf(Func<StapSyntaxNode, bool>? descendIntoChildren = null, bool descendIntoTrivia = false)
        {
            var stack = new Stack<(SyntaxNodeOrToken item, bool expanded)>();
            stack.Push((new SyntaxNodeOrToken(this), false));
            while (stack.Count > 0)
            {
                var (item, expanded) = stack.Pop();
                if (item.AsNode() is { } node)
                {
                    yield return item;
                    if (descendIntoChildren != null && !descendIntoChildren(node)) continue;
                    var children = node.ChildNodesAndTokens();
                    for (int i = children.Count - 1; i >= 0; i--) stack.Push((children[i], false));
                    continue;
                }
                var token = item.AsToken();
                if (expanded || !descendIntoTrivia || !token.ContainsStructuredTrivia)
                {
                    yield return item;
                    continue;
                }
                // Structured trivia around a token: leading structures, the token, trailing structures.
                var trailing = token.TrailingTrivia;
                for (int i = trailing.Count - 1; i >= 0; i--)
                    if (trailing[i].GetStructure() is { } structure) stack.Push((new SyntaxNodeOrToken(structure), false));
                stack.Push((item, true));
                var leading = token.LeadingTrivia;
                for (int i = leading.Count - 1; i >= 0; i--)
                    if (leading[i].GetStructure() is { } structure) stack.Push((new SyntaxNodeOrToken(structure), false));
            }
        }

        /// <summary>All nodes and tokens below this node in document order.</summary>
        /// <param name="descendIntoChildren">Decides whether the children of a node are visited (null: always).</param>
        /// <param name="descendIntoTrivia">Also visit the nodes and tokens of structured trivia.</param>
        public IEnumerable<SyntaxNodeOrToken> DescendantNodesAndTokens(Func<StapSyntaxNode, bool>? descendIntoChildren = null, bool descendIntoTrivia = false)
        {
            bool first = true;
            foreach (var item in DescendantNodesAndTokensAndSelf(descendIntoChildren, descendIntoTrivia))
            {
                if (first) { first = false; continue; }
                yield return item;
            }
        }

        /// <summary>All nodes below this node in document order.</summary>
        /// <param name="descendIntoChildren">Decides whether the children of a node are visited (null: always).</param>
        /// <param name="descendIntoTrivia">Also visit the nodes of structured trivia.</param>
        public IEnumerable<StapSyntaxNode> DescendantNodes(Func<StapSyntaxNode, bool>? descendIntoChildren = null, bool descendIntoTrivia = false)
        {
            foreach (var item in DescendantNodesAndTokens(descendIntoChildren, descendIntoTrivia))
                if (item.AsNode() is { } node) yield return node;
        }

        /// <summary>This node and all nodes below it in document order.</summary>
        /// <param name="descendIntoChildren">Decides whether the children of a node are visited (null: always).</param>
        /// <param name="descendIntoTrivia">Also visit the nodes of structured trivia.</param>
        public IEnumerable<StapSyntaxNode> DescendantNodesAndSelf(Func<StapSyntaxNode, bool>? descendIntoChildren = null, bool descendIntoTrivia = false)
        {
            foreach (var item in DescendantNodesAndTokensAndSelf(descendIntoChildren, descendIntoTrivia))
                if (item.AsNode() is { } node) yield return node;
        }

        /// <summary>All tokens below this node in document order (including missing and zero-width tokens).</summary>
        /// <param name="descendIntoChildren">Decides whether the children of a node are visited (null: always).</param>
        /// <param name="descendIntoTrivia">Also visit the tokens of structured trivia.</param>
        public IEnumerable<SyntaxToken> DescendantTokens(Func<StapSyntaxNode, bool>? descendIntoChildren = null, bool descendIntoTrivia = false)
        {
            foreach (var item in DescendantNodesAndTokensAndSelf(descendIntoChildren, descendIntoTrivia))
                if (item.IsToken) yield return item.AsToken();
        }

        /// <summary>All trivia below this node in document order.</summary>
        /// <param name="descendIntoChildren">Decides whether the children of a node are visited (null: always).</param>
        /// <param name="descendIntoTrivia">Also visit the trivia inside structured trivia.</param>
        public IEnumerable<SyntaxTrivia> DescendantTrivia(Func<StapSyntaxNode, bool>? descendIntoChildren = null, bool descendIntoTrivia = false)
        {
            foreach (var token in DescendantTokens(descendIntoChildren))
            {
                foreach (var trivia in token.LeadingTrivia)
                    foreach (var item in WithStructureTrivia(trivia, descendIntoTrivia)) yield return item;
                foreach (var trivia in token.TrailingTrivia)
                    foreach (var item in WithStructureTrivia(trivia, descendIntoTrivia)) yield return item;
            }
        }

        private static IEnumerable<SyntaxTrivia> WithStructureTrivia(SyntaxTrivia trivia, bool descendIntoTrivia)
        {
            yield return trivia;
            if (descendIntoTrivia && trivia.GetStructure() is { } structure)
                foreach (var inner in structure.DescendantTrivia(descendIntoTrivia: true)) yield return inner;
        }

        /// <summary>The first token of this node.</summary>
        /// <param name="includeZeroWidth">Also consider zero-width tokens (missing tokens, end of file).</param>
        public SyntaxToken GetFirstToken(bool includeZeroWidth = false)
        {
            foreach (var token in DescendantTokens())
                if (includeZeroWidth || token.Width > 0) return token;
            return default;
        }

        /// <summary>The last token of this node.</summary>
        /// <param name="includeZeroWidth">Also consider zero-width tokens (missing tokens, end of file).</param>
        public SyntaxToken GetLastToken(bool includeZeroWidth = false)
        {
            var stack = new Stack<SyntaxNodeOrToken>();
            stack.Push(this);
            while (stack.Count > 0)
            {
                var item = stack.Pop();
                if (item.IsToken)
                {
                    var token = item.AsToken();
                    if (includeZeroWidth || token.Width > 0) return token;
                    continue;
                }
                foreach (var child in item.AsNode()!.ChildNodesAndTokens()) stack.Push(child);
            }
            return default;
        }

        /// <summary>
        /// The token whose full span contains <paramref name="position"/>; at the very end of the node, its last token.
        /// </summary>
        /// <param name="position">An absolute position inside <see cref="FullSpan"/>.</param>
        /// <param name="findInsideTrivia">Look into structured trivia at that position.</param>
        public SyntaxToken FindToken(int position, bool findInsideTrivia = false)
        {
            if (position < Position || position > FullSpan.End)
                throw new ArgumentOutOfRangeException(nameof(position));
            if (position == FullSpan.End)
                return GetLastToken(includeZeroWidth: true);

            StapSyntaxNode node = this;
            while (true)
            {
                SyntaxNodeOrToken? found = null;
                foreach (var child in node.ChildNodesAndTokens())
                {
                    var span = child.FullSpan;
                    if (position >= span.Start && position < span.End)
                    {
                        found = child;
                        break;
                    }
                }
                if (found is not { } hit) return node.GetLastToken(includeZeroWidth: true);
                if (hit.IsToken)
                {
                    var token = hit.AsToken();
                    return findInsideTrivia ? FindInsideTrivia(token, position) : token;
                }
                node = hit.AsNode()!;
            }
        }

        private static SyntaxToken FindInsideTrivia(SyntaxToken token, int position)
        {
            foreach (var list in new[] { token.LeadingTrivia, token.TrailingTrivia })
                foreach (var trivia in list)
                    if (trivia.FullSpan.Contains(position) && trivia.GetStructure() is { } structure)
                        return structure.FindToken(position, findInsideTrivia: true);
            return token;
        }
    }
}
