using System.Collections.Immutable;
using StapSharp.Syntax;
using Location = Microsoft.CodeAnalysis.Location;

namespace StapSharp.Semantics
{
    /// <summary>
    /// A named entity the binder resolved: a variable, function, probe alias, probe family, probe or macro.
    /// Symbols are created by a <see cref="StapCompilation"/> and are immutable once the compilation hands them out.
    /// </summary>
    public abstract class Symbol
    {
        private protected Symbol(string name, StapSyntaxNode? declaringSyntax, bool isLibrary)
        {
            Name = name;
            DeclaringSyntax = declaringSyntax;
            IsLibrary = isLibrary;
        }

        /// <summary>The name as written in the source (<c>execname</c>, <c>syscall.open</c>, <c>$fd</c>).</summary>
        public string Name { get; }

        /// <summary>What the symbol stands for.</summary>
        public abstract SymbolKind Kind { get; }

        /// <summary>The declaration node, or null for built-in and implicitly declared symbols.</summary>
        public StapSyntaxNode? DeclaringSyntax { get; }

        /// <summary>True when the symbol is declared in a tapset (library) file rather than a user script.</summary>
        public bool IsLibrary { get; }

        /// <summary>Where the symbol is declared (a tapset file for library symbols); empty for built-in symbols.</summary>
        public ImmutableArray<Location> Locations =>
            DeclaringSyntax is null ? ImmutableArray<Location>.Empty : ImmutableArray.Create(SemanticFacts.GetLocation(DeclaringSyntax));

        /// <summary>A short description for display, such as <c>global counts:long [string]</c>.</summary>
        public override string ToString() => Name;
    }
}
