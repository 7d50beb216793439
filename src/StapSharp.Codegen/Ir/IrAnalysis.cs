using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// Whole-module facts the emitter needs before writing C: which globals each handler reads and writes
    /// (through the functions it calls too, for the lock tables), the call depth (MAXNESTING), and which
    /// map instantiations exist.
    /// </summary>
    internal sealed class IrAnalysis
    {
        private readonly Dictionary<string, IrFunction> _functions;
        private readonly Dictionary<string, GlobalUse> _functionUse = new();

        public IrAnalysis(IrModule module)
        {
            _functions = new Dictionary<string, IrFunction>();
            foreach (IrFunction f in module.Functions)
                _functions[f.Name] = f;
            MaxNesting = ComputeMaxNesting(module);
            MapSuffixes = module.Globals.Where(g => g.IsArray)
                .Select(g => (g.KeyTypes, g.ValueType))
                .GroupBy(t => CNames.MapSuffix(t.KeyTypes, t.ValueType))
                .OrderBy(g => g.Key, System.StringComparer.Ordinal)
                .Select(g => g.First())
                .ToImmutableArray();
        }

        /// <summary>The value of MAXNESTING in stap_common.h.</summary>
        public int MaxNesting { get; }

        /// <summary>One (keys, value) pair per distinct map type, in suffix order.</summary>
        public ImmutableArray<(ImmutableArray<IrType> KeyTypes, IrType ValueType)> MapSuffixes { get; }

        public IrFunction? FindFunction(string name) => _functions.TryGetValue(name, out IrFunction? f) ? f : null;

        /// <summary>The globals a body uses, including through called functions.</summary>
        public GlobalUse UseOf(IrStatement body)
        {
            var use = new GlobalUse();
            var visited = new HashSet<string>();
            Collect(body, use, visited);
            return use;
        }

        private void Collect(IrStatement body, GlobalUse use, HashSet<string> visitedFunctions)
        {
            foreach (object node in IrWalker.Descendants(body))
            {
                switch (node)
                {
                    case IrAssignmentExpression a:
                        MarkWrite(a.Target, use);
                        break;
                    case IrIncrementExpression i:
                        MarkWrite(i.Target, use);
                        break;
                    case IrAssignment a:
                        MarkWrite(a.Target, use);
                        break;
                    case IrDelete d:
                        MarkWrite(d.Target, use);
                        break;
                    case IrForeach f when f.Array.ValueType == IrType.Statistics:
                        // Aggregating the per-CPU maps for the iteration writes the aggregate map.
                        use.Written.Add(f.Array);
                        break;
                    case IrForeach f:
                        use.Read.Add(f.Array);
                        break;
                    case IrHistogramPrint h:
                        use.Written.Add(h.Aggregate);
                        break;
                    case IrHistogramBucket h:
                        use.Written.Add(h.Aggregate);
                        break;
                    case IrHistogramText h:
                        use.Written.Add(h.Aggregate);
                        break;
                    case IrHistogramForeach h:
                        use.Written.Add(h.Aggregate);
                        break;
                    case IrGlobalReference g when g.Global.ValueType != IrType.Statistics:
                        use.Read.Add(g.Global);
                        break;
                    case IrArrayElement e:
                        use.Read.Add(e.Array);
                        break;
                    case IrArrayContains c when c.Array.ValueType == IrType.Statistics:
                        use.Written.Add(c.Array);
                        break;
                    case IrArrayContains c:
                        use.Read.Add(c.Array);
                        break;
                    case IrStatisticValue s:
                        // Extracting aggregates the per-CPU data into the global: a writer, as in stap.
                        use.Written.Add(s.Aggregate);
                        break;
                    case IrStatisticAdd s:
                        // <<< adds to this CPU's data: a reader of the global, as in stap, so extraction (a writer) excludes it.
                        use.Aggregates.Add(s.Aggregate);
                        use.Read.Add(s.Aggregate);
                        break;
                    case IrCall call when _functions.TryGetValue(call.FunctionName, out IrFunction? callee) && visitedFunctions.Add(callee.Name):
                        Collect(callee.Body, use, visitedFunctions);
                        break;
                }
            }
        }

        private static void MarkWrite(IrExpression target, GlobalUse use)
        {
            switch (target)
            {
                case IrGlobalReference g: use.Written.Add(g.Global); break;
                case IrArrayElement e: use.Written.Add(e.Array); break;
            }
        }

        private int ComputeMaxNesting(IrModule module)
        {
            bool recursive = false;
            var depth = new Dictionary<string, int>();
            var onStack = new HashSet<string>();

            int Depth(string name)
            {
                // A long chain of functions each calling the next recurses once per function.
                if (StackGuard.IsStackLow()) return StackGuard.RunOnNewStack(() => Depth(name));
                if (depth.TryGetValue(name, out int known))
                    return known;
                if (!_functions.TryGetValue(name, out IrFunction? f))
                    return 0;
                if (!onStack.Add(name))
                {
                    recursive = true;
                    return 0;
                }
                int deepest = 0;
                foreach (IrCall call in IrWalker.Descendants(f.Body).OfType<IrCall>())
                    deepest = System.Math.Max(deepest, Depth(call.FunctionName));
                onStack.Remove(name);
                depth[name] = deepest + 1;
                return deepest + 1;
            }

            int max = 0;
            foreach (IrProbe probe in module.Probes)
            {
                foreach (IrCall call in IrWalker.Descendants(probe.Body).OfType<IrCall>())
                    max = System.Math.Max(max, Depth(call.FunctionName));
            }
            foreach (IrFunction f in module.Functions)
                Depth(f.Name);
            // Recursion depth is only known at run time; stap allows 10 more frames and checks at each call.
            return recursive ? max + 10 : max;
        }
    }

    /// <summary>The globals a handler touches.</summary>
    internal sealed class GlobalUse
    {
        public HashSet<IrGlobal> Read { get; } = new();

        public HashSet<IrGlobal> Written { get; } = new();

        public HashSet<IrGlobal> Aggregates { get; } = new();
    }
}
