using System.Collections.Generic;
using System.Collections.Immutable;
using StapSharp.Syntax;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace StapSharp.Semantics
{
    /// <summary>The frozen output of a <see cref="Binder"/> run: what every node means, the inferred types and the diagnostics.</summary>
    internal sealed class BindingResult
    {
        public BindingResult(
            Dictionary<StapSyntaxNode, Symbol> symbols,
            Dictionary<StapSyntaxNode, ImmutableArray<Symbol>> candidates,
            Dictionary<StapSyntaxNode, Symbol> declared,
            Dictionary<StapSyntaxNode, TypeSlot> types,
            Dictionary<VariableSymbol, VariableInfo> variables,
            Dictionary<FunctionSymbol, FunctionInfo> functions,
            List<BoundScope> scopes,
            List<ProbeSymbol> probes,
            Dictionary<string, List<GlobalSymbol>> globalsByName,
            Dictionary<string, List<FunctionInfo>> functionsByName,
            ImmutableArray<StapSyntaxTree> libraryTrees,
            ImmutableArray<Diagnostic> diagnostics)
        {
            Symbols = symbols;
            Candidates = candidates;
            Declared = declared;
            Types = types;
            Variables = variables;
            Functions = functions;
            Scopes = scopes;
            Probes = probes;
            GlobalsByName = globalsByName;
            FunctionsByName = functionsByName;
            LibraryTrees = libraryTrees;
            Diagnostics = diagnostics;
        }

        public Dictionary<StapSyntaxNode, Symbol> Symbols { get; }

        /// <summary>The bound expansion of each @macro use: an expression, or a block when the body is statements.</summary>
        public Dictionary<MacroInvocationExpressionSyntax, StapSyntaxNode> MacroExpansions { get; init; } = new();

        /// <summary>The bound node of each bound syntax node (a parenthesized expression maps to its operand's node).</summary>
        public Dictionary<StapSyntaxNode, BoundNode> BoundNodes { get; init; } = new();

        /// <summary>The bound root of the compilation.</summary>
        public BoundProgram Program { get; init; } = new(
            ImmutableArray<BoundProbe>.Empty, ImmutableArray<BoundProbeAlias>.Empty, ImmutableArray<BoundFunction>.Empty, ImmutableArray<GlobalSymbol>.Empty);

        public Dictionary<StapSyntaxNode, ImmutableArray<Symbol>> Candidates { get; }

        public Dictionary<StapSyntaxNode, Symbol> Declared { get; }

        public Dictionary<StapSyntaxNode, TypeSlot> Types { get; }

        public Dictionary<VariableSymbol, VariableInfo> Variables { get; }

        public Dictionary<FunctionSymbol, FunctionInfo> Functions { get; }

        public List<BoundScope> Scopes { get; }

        public List<ProbeSymbol> Probes { get; }

        public Dictionary<string, List<GlobalSymbol>> GlobalsByName { get; }

        public Dictionary<string, List<FunctionInfo>> FunctionsByName { get; }

        public ImmutableArray<StapSyntaxTree> LibraryTrees { get; }

        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>The type a slot reads as publicly: the inferred type, or Target for an undecided opaque slot.</summary>
        public static StapType ReadType(TypeSlot slot)
        {
            var type = slot.Type;
            return type == StapType.Unknown && slot.IsOpaque ? StapType.Target : type;
        }
    }
}
