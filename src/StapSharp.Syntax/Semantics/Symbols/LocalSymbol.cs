using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>
    /// A probe- or function-local scalar. Locals are declared implicitly by their first use, as in stap;
    /// <see cref="Symbol.DeclaringSyntax"/> is that first use (or the foreach/catch variable).
    /// </summary>
    public sealed class LocalSymbol : VariableSymbol
    {
        internal LocalSymbol(string name, StapSyntaxNode? declaringSyntax, bool isLibrary, Symbol container)
            : base(name, declaringSyntax, isLibrary)
        {
            ContainingSymbol = container;
        }

        /// <inheritdoc/>
        public override SymbolKind Kind => SymbolKind.Local;

        /// <summary>The probe, alias or function whose body declares the local.</summary>
        public Symbol ContainingSymbol { get; }
    }
}
