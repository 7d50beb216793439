using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;

namespace StapSharp.Semantics
{
    /// <summary>
    /// The functions the kernel refuses to kprobe. Two sources: the guest's <c>/sys/kernel/debug/kprobes/blacklist</c>
    /// (exact, captured in QEMU), or the same list rebuilt from the image the way the kernel builds it at boot: every
    /// function whose address is in the <c>_kprobe_blacklist</c> section (<c>NOKPROBE_SYMBOL</c>, between
    /// <c>__start_kprobe_blacklist</c> and <c>__stop_kprobe_blacklist</c>), and every function inside the
    /// <c>__kprobes</c>, <c>noinstr</c> and entry text areas.
    /// </summary>
    internal static class KprobeBlacklistReader
    {
        private static readonly (string Start, string End)[] s_areas =
        {
            ("__kprobes_text_start", "__kprobes_text_end"),
            ("__noinstr_text_start", "__noinstr_text_end"),
            ("__entry_text_start", "__entry_text_end"),
        };

        /// <summary>Parses the debugfs file: <c>0xSTART-0xEND\tNAME</c> per line (the name may carry <c>\t[module]</c>).</summary>
        public static ImmutableHashSet<string> ReadDebugfs(TextReader reader)
        {
            var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                string[] fields = line.Split(new[] { '\t', ' ' }, StringSplitOptions.RemoveEmptyEntries);
                // A third field is "[module]": only vmlinux functions are kept, as the symbol tables hold vmlinux.
                if (fields.Length == 2 && fields[0].StartsWith("0x", StringComparison.Ordinal) && fields[0].IndexOf('-') > 0)
                    names.Add(fields[1]);
            }
            return names.ToImmutable();
        }

        /// <summary>
        /// Rebuilds the blacklist from the image, or returns null when the section bounds are not among the symbols
        /// (a kernel without <c>CONFIG_KALLSYMS_ALL</c>) or the section has no bytes in the file.
        /// </summary>
        public static ImmutableHashSet<string>? FromImage(KernelElfImage elf, IReadOnlyList<KernelSymbol> symbols)
        {
            var byName = new Dictionary<string, ulong>(StringComparer.Ordinal);
            foreach (KernelSymbol symbol in symbols)
            {
                if (!byName.ContainsKey(symbol.Name)) byName.Add(symbol.Name, symbol.Address);
            }

            if (!byName.TryGetValue("__start_kprobe_blacklist", out ulong start) || !byName.TryGetValue("__stop_kprobe_blacklist", out ulong stop))
                return null;
            ulong[]? entries = elf.ReadWords(start, stop);
            if (entries == null) return null;

            var functionsAt = new Dictionary<ulong, List<string>>();
            var functions = new List<KernelSymbol>();
            foreach (KernelSymbol symbol in symbols)
            {
                if (!symbol.IsFunction) continue;
                functions.Add(symbol);
                if (!functionsAt.TryGetValue(symbol.Address, out List<string>? list)) functionsAt.Add(symbol.Address, list = new List<string>(1));
                list.Add(symbol.Name);
            }

            var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (ulong entry in entries)
            {
                if (functionsAt.TryGetValue(entry, out List<string>? list)) names.UnionWith(list);
            }

            foreach (var (startName, endName) in s_areas)
            {
                if (!byName.TryGetValue(startName, out ulong areaStart) || !byName.TryGetValue(endName, out ulong areaEnd)) continue;
                foreach (KernelSymbol function in functions)
                {
                    if (function.Address >= areaStart && function.Address < areaEnd) names.Add(function.Name);
                }
            }
            return names.ToImmutable();
        }
    }
}
