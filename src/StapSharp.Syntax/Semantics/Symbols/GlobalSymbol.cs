using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>A global variable, array or aggregate declared with <c>global</c> or <c>private</c>.</summary>
    public sealed class GlobalSymbol : VariableSymbol
    {
        internal GlobalSymbol(string name, GlobalVariableSyntax declaringSyntax, bool isLibrary, bool isPrivate, bool isWrapping, string filePath)
            : base(name, declaringSyntax, isLibrary)
        {
            IsPrivate = isPrivate;
            FilePath = filePath;
            IsWrapping = isWrapping;
        }

        /// <inheritdoc/>
        public override SymbolKind Kind => SymbolKind.Global;

        /// <summary>True for <c>private</c> globals, which are visible only inside <see cref="FilePath"/>.</summary>
        public bool IsPrivate { get; }

        /// <summary>The path of the declaring file.</summary>
        public string FilePath { get; }

        /// <summary>True when the array was declared with the <c>%</c> wrap marker.</summary>
        public bool IsWrapping { get; }
    }
}
