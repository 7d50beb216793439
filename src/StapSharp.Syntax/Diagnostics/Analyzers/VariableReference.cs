using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>One mention of a variable name: the token, and whether the mention reads and/or writes the variable.</summary>
    internal readonly struct VariableReference
    {
        public VariableReference(SyntaxToken token, bool isRead, bool isWrite)
        {
            Token = token;
            IsRead = isRead;
            IsWrite = isWrite;
        }

        public SyntaxToken Token { get; }

        public string Name => Token.ValueText;

        public bool IsRead { get; }

        public bool IsWrite { get; }
    }
}
