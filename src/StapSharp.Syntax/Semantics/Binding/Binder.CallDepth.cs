using System.Collections.Generic;
using StapSharp.Diagnostics;

namespace StapSharp.Semantics
{
    internal sealed partial class Binder
    {
        /// <summary>
        /// The deepest function stap 4.8 resolves on a call chain: it resolves each function the first time a call
        /// reaches it, depth first from the probe bodies in order, and a call made at a depth of 101 functions to a
        /// function not resolved yet is an error ("unresolved function call"). The code it builds nests C calls as
        /// deep as the chain (MAXNESTING), so this bound is also what keeps a module's call depth near stap's.
        /// </summary>
        internal const int MaxResolvedCallDepth = 101;

        /// <summary>
        /// Walks the call graph the way stap resolves it (probes in order, each body's calls in order, each function
        /// once) and reports the call that would reach a new function deeper than <see cref="MaxResolvedCallDepth"/>.
        /// </summary>
        private void ReportTooDeepCallChains()
        {
            var resolved = new HashSet<Symbol>();
            foreach (var scope in _scopes)
            {
                if (scope.Container is FunctionSymbol || !resolved.Add(scope.Container)) continue;
                ResolveCalls(scope.Container, 0, resolved);
            }
        }

        private void ResolveCalls(Symbol container, int depth, HashSet<Symbol> resolved)
        {
            if (!_callees.TryGetValue(container, out var calls)) return;
            foreach (var (callee, identifier) in calls)
            {
                if (resolved.Contains(callee)) continue;
                if (depth + 1 > MaxResolvedCallDepth)
                {
                    if (identifier.SyntaxTree is { } tree && !IsLibraryTree(tree)) Report(ErrorCode.ERR_CallChainTooDeep, identifier, callee.Name, MaxResolvedCallDepth);
                    continue;
                }

                resolved.Add(callee);
                ResolveCalls(callee, depth + 1, resolved);
            }
        }
    }
}
