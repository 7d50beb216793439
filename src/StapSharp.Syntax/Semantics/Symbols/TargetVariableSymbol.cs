using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>
    /// A target (context) variable such as <c>$fd</c> or <c>$$parms</c>. Without debuginfo its C type is unknown,
    /// so its type is <see cref="StapType.Target"/>; <c>$$vars</c>-style names are strings.
    /// </summary>
    public sealed class TargetVariableSymbol : Symbol
    {
        internal TargetVariableSymbol(string name, StapSyntaxNode declaringSyntax, bool isLibrary, StapType type)
            : base(name, declaringSyntax, isLibrary)
        {
            Type = type;
        }

        /// <inheritdoc/>
        public override SymbolKind Kind => SymbolKind.TargetVariable;

        /// <summary><see cref="StapType.Target"/>, or <see cref="StapType.String"/> for the pretty-printing forms.</summary>
        public StapType Type { get; }
    }
}
