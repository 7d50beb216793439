using System;
using System.Collections.Generic;

namespace StapSharp.Syntax
{
    /// <summary>Tree edits that return new nodes: whitespace normalisation and replacement of nodes, tokens and trivia.</summary>
    public static class SyntaxNodeExtensions
    {
        /// <summary>
        /// Returns the node with stap-idiomatic layout: one statement per line, <paramref name="indentation"/> per
        /// level, <c>probe a.b("x") {</c>, spaces around binary operators. Comments, directives and macro bodies
        /// are kept; tokens are never joined into a different token. Applying it twice gives the same text.
        /// </summary>
        /// <typeparam name="TNode">The node type.</typeparam>
        /// <param name="node">The node to format.</param>
        /// <param name="indentation">One level of indentation (default four spaces).</param>
        /// <param name="endOfLine">The line break to use (default <c>\n</c>).</param>
        public static TNode NormalizeWhitespace<TNode>(this TNode node, string indentation = "    ", string endOfLine = "\n")
            where TNode : StapSyntaxNode
        {
            if (node == null) throw new ArgumentNullException(nameof(node));
            return SyntaxNormalizer.Normalize(node, indentation ?? "    ", endOfLine ?? "\n");
        }

        /// <summary>Returns a copy of <paramref name="root"/> with <paramref name="oldNode"/> replaced by <paramref name="newNode"/>.</summary>
        /// <typeparam name="TRoot">The root type.</typeparam>
        /// <param name="root">The root to edit.</param>
        /// <param name="oldNode">A node inside <paramref name="root"/>.</param>
        /// <param name="newNode">Its replacement (of a type the parent accepts).</param>
        public static TRoot ReplaceNode<TRoot>(this TRoot root, StapSyntaxNode oldNode, StapSyntaxNode newNode)
            where TRoot : StapSyntaxNode =>
            ReplaceNodes(root, new[] { oldNode }, (_, _) => newNode);

        /// <summary>Returns a copy of <paramref name="root"/> in which each of <paramref name="nodes"/> is replaced by <paramref name="computeReplacement"/>(original, rewritten).</summary>
        /// <typeparam name="TRoot">The root type.</typeparam>
        /// <param name="root">The root to edit.</param>
        /// <param name="nodes">Nodes inside <paramref name="root"/>.</param>
        /// <param name="computeReplacement">Gets the original node and the node with its descendants already replaced.</param>
        public static TRoot ReplaceNodes<TRoot>(this TRoot root, IEnumerable<StapSyntaxNode> nodes, Func<StapSyntaxNode, StapSyntaxNode, StapSyntaxNode> computeReplacement)
            where TRoot : StapSyntaxNode =>
            (TRoot)new SyntaxReplacer(nodes, computeReplacement, null, null).Visit(root)!;

        /// <summary>Returns a copy of <paramref name="root"/> with <paramref name="oldToken"/> replaced by <paramref name="newToken"/>.</summary>
        /// <typeparam name="TRoot">The root type.</typeparam>
        /// <param name="root">The root to edit.</param>
        /// <param name="oldToken">A token inside <paramref name="root"/>.</param>
        /// <param name="newToken">Its replacement.</param>
        public static TRoot ReplaceToken<TRoot>(this TRoot root, SyntaxToken oldToken, SyntaxToken newToken)
            where TRoot : StapSyntaxNode =>
            (TRoot)new SyntaxReplacer(null, null, new Dictionary<SyntaxToken, SyntaxToken> { [oldToken] = newToken }, null).Visit(root)!;

        /// <summary>Returns a copy of <paramref name="root"/> with <paramref name="oldTrivia"/> replaced by <paramref name="newTrivia"/>.</summary>
        /// <typeparam name="TRoot">The root type.</typeparam>
        /// <param name="root">The root to edit.</param>
        /// <param name="oldTrivia">A trivia inside <paramref name="root"/>.</param>
        /// <param name="newTrivia">Its replacement.</param>
        public static TRoot ReplaceTrivia<TRoot>(this TRoot root, SyntaxTrivia oldTrivia, SyntaxTrivia newTrivia)
            where TRoot : StapSyntaxNode =>
            (TRoot)new SyntaxReplacer(null, null, null, new Dictionary<SyntaxTrivia, SyntaxTrivia> { [oldTrivia] = newTrivia }).Visit(root)!;

        /// <summary>Returns a copy of <paramref name="root"/> without <paramref name="node"/> (an element of a list).</summary>
        /// <typeparam name="TRoot">The root type.</typeparam>
        /// <param name="root">The root to edit.</param>
        /// <param name="node">A list element inside <paramref name="root"/> (a statement, member, argument, ...).</param>
        public static TRoot RemoveNode<TRoot>(this TRoot root, StapSyntaxNode node)
            where TRoot : StapSyntaxNode =>
            (TRoot)new SyntaxReplacer(new[] { node }, (_, _) => null!, null, null).Visit(root)!;

        /// <summary>Returns a copy of <paramref name="root"/> with <paramref name="newNodes"/> inserted before <paramref name="nodeInList"/>.</summary>
        /// <typeparam name="TRoot">The root type.</typeparam>
        /// <param name="root">The root to edit.</param>
        /// <param name="nodeInList">A list element inside <paramref name="root"/>.</param>
        /// <param name="newNodes">The nodes to insert (of the list's element type).</param>
        public static TRoot InsertNodesBefore<TRoot>(this TRoot root, StapSyntaxNode nodeInList, IEnumerable<StapSyntaxNode> newNodes)
            where TRoot : StapSyntaxNode =>
            (TRoot)new SyntaxReplacer(nodeInList, newNodes, insertAfter: false).Visit(root)!;

        /// <summary>Returns a copy of <paramref name="root"/> with <paramref name="newNodes"/> inserted after <paramref name="nodeInList"/>.</summary>
        /// <typeparam name="TRoot">The root type.</typeparam>
        /// <param name="root">The root to edit.</param>
        /// <param name="nodeInList">A list element inside <paramref name="root"/>.</param>
        /// <param name="newNodes">The nodes to insert (of the list's element type).</param>
        public static TRoot InsertNodesAfter<TRoot>(this TRoot root, StapSyntaxNode nodeInList, IEnumerable<StapSyntaxNode> newNodes)
            where TRoot : StapSyntaxNode =>
            (TRoot)new SyntaxReplacer(nodeInList, newNodes, insertAfter: true).Visit(root)!;
    }
}
