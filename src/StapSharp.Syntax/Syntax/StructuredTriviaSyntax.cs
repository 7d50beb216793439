using StapSharp.Syntax.InternalSyntax;

namespace StapSharp.Syntax
{
    /// <summary>
    /// The base of nodes that live inside trivia: skipped tokens and preprocessor directives. Such a node has no
    /// <see cref="StapSyntaxNode.Parent"/>; <see cref="ParentTrivia"/> leads back to the token that holds it.
    /// </summary>
    public abstract partial class StructuredTriviaSyntax : StapSyntaxNode
    {
        private SyntaxTrivia _parentTrivia;

        internal StructuredTriviaSyntax(GreenNode green, StapSyntaxNode? parent, int position)
            : base(green, parent, position)
        {
        }

        /// <summary>The trivia this node is the structure of.</summary>
        public SyntaxTrivia ParentTrivia => _parentTrivia;

        /// <summary>Creates the red structure of <paramref name="trivia"/>, linked back to it.</summary>
        internal static StructuredTriviaSyntax Create(SyntaxTrivia trivia)
        {
            var node = (StructuredTriviaSyntax)trivia.UnderlyingNode!.CreateRed(null, trivia.Position);
            node._parentTrivia = trivia;
            return node;
        }
    }
}
