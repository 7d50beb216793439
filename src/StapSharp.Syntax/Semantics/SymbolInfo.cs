using System.Collections.Immutable;

namespace StapSharp.Semantics
{
    /// <summary>What a node refers to: one symbol, or candidates when it is ambiguous or did not resolve.</summary>
    public readonly struct SymbolInfo
    {
        internal SymbolInfo(Symbol? symbol, ImmutableArray<Symbol> candidates)
        {
            Symbol = symbol;
            CandidateSymbols = candidates.IsDefault ? ImmutableArray<Symbol>.Empty : candidates;
        }

        /// <summary>The symbol, or null when the node refers to nothing (or did not resolve).</summary>
        public Symbol? Symbol { get; }

        /// <summary>
        /// Every symbol the node can stand for: all overloads of a called function, or every family and alias a
        /// (wildcard) probe point matched.
        /// </summary>
        public ImmutableArray<Symbol> CandidateSymbols { get; }
    }
}
