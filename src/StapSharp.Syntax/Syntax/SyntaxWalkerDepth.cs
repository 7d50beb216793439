namespace StapSharp.Syntax
{
    /// <summary>How deep a <see cref="StapSyntaxWalker"/> goes.</summary>
    public enum SyntaxWalkerDepth
    {
        /// <summary>Nodes only.</summary>
        Node = 0,
        /// <summary>Nodes and tokens.</summary>
        Token = 1,
        /// <summary>Nodes, tokens and trivia.</summary>
        Trivia = 2,
        /// <summary>Nodes, tokens, trivia and the nodes inside structured trivia.</summary>
        StructuredTrivia = 3,
    }
}
