using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>One mention of a variable name: the token, and whether the mention reads and/or writes the variable.</summary>
    internal readonly struct VariableReference
    {
        public VariableReference(SyntaxToken token, bool isRead, bool isWrite, ExpressionSyntax? update = null)
        {
            Token = token;
            IsRead = isRead;
            IsWrite = isWrite;
            Update = update;
        }

        public SyntaxToken Token { get; }

        public string Name => Token.ValueText;

        public bool IsRead { get; }

        public bool IsWrite { get; }

        /// <summary>
        /// The update (<c>x += 1</c>, <c>x++</c>) whose target this mention is, or null: an update reads the old value
        /// only to write the new one, which matters to stap's end-of-run display of unread globals.
        /// </summary>
        public ExpressionSyntax? Update { get; }
    }
}
