namespace StapSharp.Syntax
{
    /// <summary>
    /// Visits a node and everything below it in document order, down to <see cref="Depth"/>. Override a
    /// <c>Visit</c> method and call the base method to continue into the children. Deep trees are safe:
    /// when the stack runs low the walk continues on a thread with a larger stack.
    /// </summary>
    public abstract class StapSyntaxWalker : StapSyntaxVisitor
    {
        private int _recursionDepth;

        /// <summary>Creates a walker.</summary>
        /// <param name="depth">How deep to go: nodes, tokens, trivia or structured trivia.</param>
        protected StapSyntaxWalker(SyntaxWalkerDepth depth = SyntaxWalkerDepth.Node)
        {
            Depth = depth;
        }

        /// <summary>How deep the walker goes.</summary>
        protected SyntaxWalkerDepth Depth { get; }

        /// <inheritdoc/>
        public override void Visit(StapSyntaxNode? node)
        {
            if (node == null) return;
            _recursionDepth++;
            try
            {
                if (StackGuard.IsStackLow(_recursionDepth))
                {
                    int saved = _recursionDepth;
                    StackGuard.RunOnNewStack(() =>
                    {
                        _recursionDepth = 0;
                        node.Accept(this);
                        return true;
                    });
                    _recursionDepth = saved;
                }
                else
                {
                    node.Accept(this);
                }
            }
            finally
            {
                _recursionDepth--;
            }
        }

        /// <summary>Visits the children of <paramref name="node"/> in order.</summary>
        /// <param name="node">The node.</param>
        public override void DefaultVisit(StapSyntaxNode node)
        {
            foreach (var child in node.ChildNodesAndTokens())
            {
                if (child.AsNode() is { } childNode) Visit(childNode);
                else if (Depth >= SyntaxWalkerDepth.Token) VisitToken(child.AsToken());
            }
        }

        /// <summary>Visits a token: its leading trivia, then its trailing trivia (when <see cref="Depth"/> includes trivia).</summary>
        /// <param name="token">The token.</param>
        public virtual void VisitToken(SyntaxToken token)
        {
            if (Depth < SyntaxWalkerDepth.Trivia) return;
            VisitLeadingTrivia(token);
            VisitTrailingTrivia(token);
        }

        /// <summary>Visits each leading trivia of a token.</summary>
        /// <param name="token">The token.</param>
        public virtual void VisitLeadingTrivia(SyntaxToken token)
        {
            foreach (var trivia in token.LeadingTrivia) VisitTrivia(trivia);
        }

        /// <summary>Visits each trailing trivia of a token.</summary>
        /// <param name="token">The token.</param>
        public virtual void VisitTrailingTrivia(SyntaxToken token)
        {
            foreach (var trivia in token.TrailingTrivia) VisitTrivia(trivia);
        }

        /// <summary>Visits a trivia; with <see cref="SyntaxWalkerDepth.StructuredTrivia"/>, walks into its structure.</summary>
        /// <param name="trivia">The trivia.</param>
        public virtual void VisitTrivia(SyntaxTrivia trivia)
        {
            if (Depth >= SyntaxWalkerDepth.StructuredTrivia && trivia.GetStructure() is { } structure)
                Visit(structure);
        }
    }
}
