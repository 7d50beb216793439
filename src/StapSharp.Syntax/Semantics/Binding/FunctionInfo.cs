using System.Collections.Generic;

namespace StapSharp.Semantics
{
    /// <summary>What the binder learns about one function: its return slot, parameters and body scope.</summary>
    internal sealed class FunctionInfo
    {
        public FunctionInfo(FunctionSymbol symbol, BoundScope scope)
        {
            Symbol = symbol;
            Scope = scope;
        }

        public FunctionSymbol Symbol { get; }

        public BoundScope Scope { get; }

        public TypeSlot Return { get; } = TypeSlot.ForVariable();

        public List<VariableInfo> Parameters { get; } = new();

        public int CallCount { get; set; }
    }
}
