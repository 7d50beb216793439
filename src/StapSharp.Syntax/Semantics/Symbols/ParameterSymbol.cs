using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>A function parameter.</summary>
    public sealed class ParameterSymbol : VariableSymbol
    {
        internal ParameterSymbol(string name, ParameterSyntax declaringSyntax, bool isLibrary, int ordinal, StapType declaredType)
            : base(name, declaringSyntax, isLibrary)
        {
            Ordinal = ordinal;
            DeclaredType = declaredType;
            Type = declaredType;
        }

        /// <inheritdoc/>
        public override SymbolKind Kind => SymbolKind.Parameter;

        /// <summary>The zero-based position in the parameter list.</summary>
        public int Ordinal { get; }

        /// <summary>The type written as <c>name:long</c> or <c>name:string</c>, or <see cref="StapType.Unknown"/>.</summary>
        public StapType DeclaredType { get; }

        /// <summary>The function that declares the parameter.</summary>
        public FunctionSymbol ContainingFunction { get; internal set; } = null!;
    }
}
