using System.Collections.Generic;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>One body the binder walks (a probe, a probe alias or a function) with its local variables.</summary>
    internal sealed class BoundScope
    {
        public BoundScope(Symbol container, StapSyntaxNode declaration, StapSyntaxTree tree, bool isLibrary)
        {
            Container = container;
            Declaration = declaration;
            Tree = tree;
            IsLibrary = isLibrary;
        }

        public Symbol Container { get; }

        public StapSyntaxNode Declaration { get; }

        public StapSyntaxTree Tree { get; }

        public bool IsLibrary { get; }

        public Dictionary<string, VariableInfo> Variables { get; } = new(System.StringComparer.Ordinal);

        /// <summary>The alias bodies that run with this probe's body (the whole alias chain), whose locals it shares.</summary>
        public List<BoundScope> AliasScopes { get; } = new();

        /// <summary>True when the probe points give access to target variables ($var).</summary>
        public bool HasTargetVariables { get; set; }

        /// <summary>True when some probe point is a .return point, where @entry is valid.</summary>
        public bool IsReturnProbe { get; set; }

        /// <summary>True for procfs probes, whose <c>$value</c> may be written without guru mode.</summary>
        public bool IsProcfs { get; set; }

        /// <summary>True for a function body.</summary>
        public bool IsFunction => Container is FunctionSymbol;

        /// <summary>
        /// True when the body, or an alias body it runs with, contains code the model cannot see into (an unexpanded
        /// macro): unresolved types and unused-local warnings are not reported for its locals then.
        /// </summary>
        public bool IsOpaque { get; set; }

        /// <summary>The number of statements in the body (0 marks a probe stap elides).</summary>
        public int StatementCount { get; set; }

        /// <summary>True once the body has been walked.</summary>
        public bool IsBound { get; set; }
    }
}
