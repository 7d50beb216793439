using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>
    /// The function symbols of one kernel build, for what elaboration asks of them: does <c>kprobe.function("x")</c>
    /// name a function, which functions match <c>"vfs_*"</c>, which of a <c>!</c>/<c>?</c> list exists, and can a kprobe
    /// go there at all (the kernel's kprobe blacklist). Says which source decided (<see cref="Source"/>,
    /// <see cref="Origin"/>) so that <c>-v</c> can tell it.
    /// </summary>
    internal sealed class KernelSymbolTable
    {
        private readonly Dictionary<string, List<KernelSymbol>> _functionsByName;

        public KernelSymbolTable(KernelSymbolSource source, string origin, IReadOnlyList<KernelSymbol> symbols,
            ImmutableHashSet<string>? blacklist = null, string? blacklistOrigin = null, IEnumerable<string>? notes = null)
        {
            Notes = notes?.ToImmutableArray() ?? ImmutableArray<string>.Empty;
            Source = source;
            Origin = origin ?? throw new ArgumentNullException(nameof(origin));
            Symbols = symbols?.ToImmutableArray() ?? throw new ArgumentNullException(nameof(symbols));
            Blacklist = blacklist;
            BlacklistOrigin = blacklist != null ? blacklistOrigin ?? origin : null;
            _functionsByName = new Dictionary<string, List<KernelSymbol>>(StringComparer.Ordinal);
            foreach (KernelSymbol symbol in Symbols)
            {
                if (!symbol.IsFunction) continue;
                if (!_functionsByName.TryGetValue(symbol.Name, out List<KernelSymbol>? list))
                    _functionsByName.Add(symbol.Name, list = new List<KernelSymbol>(1));
                list.Add(symbol);
            }
        }

        /// <summary>A table that knows nothing: every question about a symbol is answered "unknown".</summary>
        public static KernelSymbolTable Unknown(string why, IEnumerable<string>? notes = null) =>
            new(KernelSymbolSource.None, why, Array.Empty<KernelSymbol>(), notes: notes);

        public KernelSymbolSource Source { get; }

        /// <summary>The file or capture the symbols came from, or, for <see cref="KernelSymbolSource.None"/>, why there are none.</summary>
        public string Origin { get; }

        /// <summary>Every symbol, in the source's order (by address for kallsyms).</summary>
        public ImmutableArray<KernelSymbol> Symbols { get; }

        /// <summary>Functions kprobes refuse (by name), or null when the source could not tell.</summary>
        public ImmutableHashSet<string>? Blacklist { get; }

        public string? BlacklistOrigin { get; }

        /// <summary>What was tried before this source decided, one line each (for <c>-v</c>).</summary>
        public ImmutableArray<string> Notes { get; }

        /// <summary>Whether this table can answer at all (a source had symbols).</summary>
        public bool IsKnown => Source != KernelSymbolSource.None;

        /// <summary>The distinct function names (vmlinux and any modules the source listed).</summary>
        public IEnumerable<string> FunctionNames => _functionsByName.Keys;

        /// <summary>Whether a function of that name exists, in vmlinux (<paramref name="module"/> null) or in one module.</summary>
        public bool ContainsFunction(string name, string? module = null) =>
            _functionsByName.TryGetValue(name, out List<KernelSymbol>? list)
            && list.Any(symbol => module == null ? symbol.Module == null : symbol.Module == module);

        /// <summary>The function symbols of that name (several for local functions of different files).</summary>
        public IReadOnlyList<KernelSymbol> FunctionsNamed(string name) =>
            _functionsByName.TryGetValue(name, out List<KernelSymbol>? list) ? list : (IReadOnlyList<KernelSymbol>)Array.Empty<KernelSymbol>();

        /// <summary>
        /// The function names matching a probe point's pattern as stap matches them (<c>fnmatch</c>: <c>*</c>, <c>?</c>,
        /// <c>[...]</c>), sorted; a pattern without wildcards matches only itself.
        /// </summary>
        public IReadOnlyList<string> MatchFunctions(string pattern, string? module = null)
        {
            if (pattern is null) throw new ArgumentNullException(nameof(pattern));
            if (!PreprocessorTextMatching.HasWildcard(pattern))
                return ContainsFunction(pattern, module) ? new[] { pattern } : Array.Empty<string>();
            return _functionsByName
                .Where(pair => pair.Value.Any(symbol => module == null ? symbol.Module == null : symbol.Module == module)
                    && PreprocessorTextMatching.Match(pattern, pair.Key))
                .Select(pair => pair.Key)
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToArray();
        }

        /// <summary>Whether a kprobe can be put on that vmlinux function, and if not, why.</summary>
        public KprobeSite ClassifyKprobe(string name)
        {
            if (!IsKnown) return KprobeSite.Unknown;
            if (!ContainsFunction(name)) return KprobeSite.NoSuchFunction;
            if (Blacklist != null && Blacklist.Contains(name)) return KprobeSite.Blacklisted;
            return Blacklist != null ? KprobeSite.Probeable : KprobeSite.ExistsBlacklistUnknown;
        }

        /// <summary>One line for <c>-v</c>: the source and what it gave.</summary>
        public override string ToString() => Source == KernelSymbolSource.None
            ? "kernel symbols: none (" + Origin + ")"
            : "kernel symbols: " + _functionsByName.Count + " function names of " + Symbols.Length + " symbols from "
                + DescribeSource(Source) + " " + Origin
                + (Blacklist != null ? "; kprobe blacklist: " + Blacklist.Count + " functions from " + BlacklistOrigin : "; kprobe blacklist unknown");

        internal static string DescribeSource(KernelSymbolSource source) => source switch
        {
            KernelSymbolSource.SystemMap => "System.map",
            KernelSymbolSource.GuestKallsyms => "the /proc/kallsyms captured in QEMU",
            KernelSymbolSource.KernelImage => "the kallsyms tables of the kernel image",
            _ => "no source",
        };
    }
}
