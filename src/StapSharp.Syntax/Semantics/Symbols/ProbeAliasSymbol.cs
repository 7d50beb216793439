using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>
    /// A probe alias such as <c>syscall.open</c>: its name (which may contain wildcards on the use side, never on the
    /// declaration side), its body that runs before (<c>=</c>, prologue) or after (<c>+=</c>, epilogue) the user's probe body.
    /// </summary>
    public sealed class ProbeAliasSymbol : Symbol
    {
        internal ProbeAliasSymbol(string name, ProbeAliasDeclarationSyntax declaringSyntax, ProbePointSyntax nameSyntax,
            bool isLibrary, bool isEpilogue, string filePath)
            : base(name, declaringSyntax, isLibrary)
        {
            NameSyntax = nameSyntax;
            IsEpilogue = isEpilogue;
            FilePath = filePath;
        }

        /// <inheritdoc/>
        public override SymbolKind Kind => SymbolKind.ProbeAlias;

        /// <summary>The alias name as written (<c>syscall.open</c>).</summary>
        public ProbePointSyntax NameSyntax { get; }

        /// <summary>The alias declaration.</summary>
        public ProbeAliasDeclarationSyntax Declaration => (ProbeAliasDeclarationSyntax)DeclaringSyntax!;

        /// <summary>True for <c>+=</c> aliases, whose body runs after the user's probe body.</summary>
        public bool IsEpilogue { get; }

        /// <summary>The path of the declaring file.</summary>
        public string FilePath { get; }
    }
}
