using System.Collections.Generic;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>What the binder learns about one variable: its type slots, its arity and how it is used.</summary>
    internal sealed class VariableInfo
    {
        public VariableInfo(VariableSymbol symbol, BoundScope? owner)
        {
            Symbol = symbol;
            Owner = owner;
        }

        public VariableSymbol Symbol { get; }

        /// <summary>The body that declares a local or parameter; null for globals.</summary>
        public BoundScope? Owner { get; }

        public TypeSlot Value { get; } = TypeSlot.ForVariable();

        /// <summary>The number of indexes (0 for a scalar), or -1 while unknown.</summary>
        public int Arity { get; set; } = -1;

        public StapSyntaxNode? ArityNode { get; set; }

        public List<TypeSlot> Indexes { get; } = new();

        public int Reads { get; set; }

        public int Writes { get; set; }

        public StapSyntaxNode? FirstUse { get; set; }

        public StapSyntaxNode? FirstRead { get; set; }

        public StapSyntaxNode? FirstWrite { get; set; }

        /// <summary>True once the "unresolved global array" error was reported for this local.</summary>
        public bool ReportedAsLocalArray { get; set; }
    }
}
