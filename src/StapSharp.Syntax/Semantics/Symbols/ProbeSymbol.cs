using System.Collections.Immutable;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>A probe declaration and what each of its probe points resolved to.</summary>
    public sealed class ProbeSymbol : Symbol
    {
        internal ProbeSymbol(string name, ProbeDeclarationSyntax declaringSyntax, bool isLibrary)
            : base(name, declaringSyntax, isLibrary)
        {
        }

        /// <inheritdoc/>
        public override SymbolKind Kind => SymbolKind.Probe;

        /// <summary>The probe declaration.</summary>
        public ProbeDeclarationSyntax Declaration => (ProbeDeclarationSyntax)DeclaringSyntax!;

        /// <summary>The aliases and built-in families the probe points resolved to (several for wildcards), in source order.</summary>
        public ImmutableArray<Symbol> ResolvedPoints { get; internal set; } = ImmutableArray<Symbol>.Empty;
    }
}
