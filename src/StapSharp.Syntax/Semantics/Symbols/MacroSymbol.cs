using System.Collections.Immutable;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>A preprocessor macro defined with <c>@define</c> in a script or a tapset <c>.stpm</c> file.</summary>
    public sealed class MacroSymbol : Symbol
    {
        internal MacroSymbol(string name, MacroDefinitionSyntax declaringSyntax, bool isLibrary, ImmutableArray<string> parameters)
            : base(name, declaringSyntax, isLibrary)
        {
            ParameterNames = parameters;
        }

        /// <inheritdoc/>
        public override SymbolKind Kind => SymbolKind.Macro;

        /// <summary>The parameter names, used as <c>@name</c> in the body.</summary>
        public ImmutableArray<string> ParameterNames { get; }

        /// <summary>The definition.</summary>
        public MacroDefinitionSyntax Definition => (MacroDefinitionSyntax)DeclaringSyntax!;
    }
}
