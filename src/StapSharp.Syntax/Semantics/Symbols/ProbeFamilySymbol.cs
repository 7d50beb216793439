using System.Collections.Immutable;

namespace StapSharp.Semantics
{
    /// <summary>
    /// A built-in probe point family of the translator, one row of <c>stap --dump-probe-types</c>, such as
    /// <c>timer.ms(number)</c> or <c>kernel.function(string).return</c>.
    /// </summary>
    public sealed class ProbeFamilySymbol : Symbol
    {
        internal ProbeFamilySymbol(string pattern, ImmutableArray<ProbeFamilyComponent> components)
            : base(pattern, null, isLibrary: false)
        {
            Components = components;
        }

        /// <inheritdoc/>
        public override SymbolKind Kind => SymbolKind.ProbeFamily;

        /// <summary>The components in order, each with the kind of argument it takes.</summary>
        public ImmutableArray<ProbeFamilyComponent> Components { get; }

        /// <summary>True for function and statement probes on a <c>.return</c> point, where <c>@entry</c> and <c>$return</c> are valid.</summary>
        public bool IsReturnProbe => Components.Length > 0 && Components[Components.Length - 1].Name == "return"
            || Components.Length > 1 && Components[Components.Length - 2].Name == "return";

        /// <summary>True when the family gives access to target variables (<c>$var</c>): function, statement, trace, mark and similar probes.</summary>
        public bool HasTargetVariables
        {
            get
            {
                foreach (var component in Components)
                {
                    switch (component.Name)
                    {
                        case "function" or "statement" or "trace" or "mark" or "callee" or "label" or "plt" or "data" or "syscall" or "hook" or "procfs":
                            return true;
                    }
                }

                return false;
            }
        }
    }
}
