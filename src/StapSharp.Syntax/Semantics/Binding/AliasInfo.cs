using System.Collections.Generic;

namespace StapSharp.Semantics
{
    /// <summary>A probe alias and the body scope that prepends (or appends) to the probes that use it.</summary>
    internal sealed class AliasInfo
    {
        public AliasInfo(ProbeAliasSymbol symbol, BoundScope scope)
        {
            Symbol = symbol;
            Scope = scope;
        }

        public ProbeAliasSymbol Symbol { get; }

        public BoundScope Scope { get; }

        /// <summary>The aliases the right-hand side resolved to (the rest of the chain).</summary>
        public List<AliasInfo> Targets { get; } = new();

        public bool IsResolving { get; set; }

        public bool IsResolved { get; set; }
    }
}
