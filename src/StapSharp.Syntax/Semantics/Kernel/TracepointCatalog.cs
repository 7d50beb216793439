using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>
    /// Every tracepoint the installed headers of a kernel declare (<c>kernel.trace("...")</c>): read from
    /// <c>include/trace/events/*.h</c>, <c>include/ras/*.h</c> and the architecture's <c>asm/trace/*.h</c> and
    /// <c>asm/*trace*.h</c> of the build tree and of the source tree it includes (Debian splits them into
    /// <c>linux-headers-RELEASE</c> and <c>linux-headers-VERSION-common</c>), with the target's <c>.config</c> deciding
    /// the headers' <c>#if CONFIG_*</c>. Tracepoints of code outside these headers (drivers with a local
    /// <c>trace.h</c>, the <c>syscalls</c> events made from syscall metadata) are not in it.
    /// </summary>
    internal sealed class TracepointCatalog
    {
        private readonly Dictionary<string, TracepointDefinition> _byName;

        private TracepointCatalog(ImmutableArray<TracepointDefinition> tracepoints, ImmutableArray<string> headers, ImmutableArray<string> roots)
        {
            Tracepoints = tracepoints;
            Headers = headers;
            Roots = roots;
            _byName = new Dictionary<string, TracepointDefinition>(StringComparer.Ordinal);
            foreach (TracepointDefinition tracepoint in tracepoints)
            {
                if (!_byName.ContainsKey(tracepoint.Name)) _byName.Add(tracepoint.Name, tracepoint);
            }
        }

        /// <summary>Every tracepoint, by header then position; a name declared under two conditions appears once.</summary>
        public ImmutableArray<TracepointDefinition> Tracepoints { get; }

        /// <summary>The header files read (full paths).</summary>
        public ImmutableArray<string> Headers { get; }

        /// <summary>The header trees searched: the build tree, then the source tree its Makefile includes.</summary>
        public ImmutableArray<string> Roots { get; }

        public TracepointDefinition? Find(string name) => _byName.TryGetValue(name, out TracepointDefinition? tracepoint) ? tracepoint : null;

        /// <summary>
        /// The tracepoints a <c>kernel.trace("PATTERN")</c> names: <c>NAME</c> or <c>SYSTEM:NAME</c>, each part an
        /// fnmatch pattern, as stap reads it.
        /// </summary>
        public IReadOnlyList<TracepointDefinition> Match(string pattern)
        {
            if (pattern is null) throw new ArgumentNullException(nameof(pattern));
            int colon = pattern.IndexOf(':');
            string? system = colon >= 0 ? pattern.Substring(0, colon) : null;
            string name = colon >= 0 ? pattern.Substring(colon + 1) : pattern;
            return _byName.Values
                .Where(tracepoint => (system == null || PreprocessorTextMatching.Match(system, tracepoint.System))
                    && PreprocessorTextMatching.Match(name, tracepoint.Name))
                .OrderBy(tracepoint => tracepoint.Name, StringComparer.Ordinal)
                .ToArray();
        }

        /// <summary>
        /// Reads the headers of <paramref name="target"/>, or, with <paramref name="cacheRoot"/>, the catalogue saved
        /// for exactly these headers (path, size, time of each) and this <c>.config</c>
        /// (<c>CACHE/tracepoints/catalog-FINGERPRINT.txt</c>).
        /// </summary>
        public static TracepointCatalog Load(KernelTarget target, string? cacheRoot = null)
        {
            if (target is null) throw new ArgumentNullException(nameof(target));
            ImmutableArray<string> roots = HeaderRoots(target.BuildTree);
            string arch = target.Architecture is "x86_64" or "i386" ? "x86" : target.Architecture;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var headers = new List<(string Path, string Include)>();
            foreach (string root in roots)
            {
                AddHeaders(headers, seen, Path.Combine(root, "include", "trace", "events"), "*.h", "trace/events/");
                AddHeaders(headers, seen, Path.Combine(root, "include", "ras"), "*.h", "ras/");
                AddHeaders(headers, seen, Path.Combine(root, "arch", arch, "include", "asm", "trace"), "*.h", "asm/trace/");
                AddHeaders(headers, seen, Path.Combine(root, "arch", arch, "include", "asm"), "*trace*.h", "asm/");
            }

            string? cacheFile = cacheRoot != null ? TracepointCatalogCache.PathFor(cacheRoot, headers.Select(h => h.Path), target.Config) : null;
            if (cacheFile != null && TracepointCatalogCache.TryLoad(cacheFile) is { } cached)
                return new TracepointCatalog(cached.Tracepoints, cached.Headers, roots);

            var tracepoints = new List<TracepointDefinition>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            var read = new List<string>();
            foreach (var (path, include) in headers)
            {
                string text = File.ReadAllText(path);
                if (text.IndexOf("TRACE_SYSTEM", StringComparison.Ordinal) < 0) continue;
                read.Add(path);
                foreach (TracepointDefinition tracepoint in TraceHeaderScanner.Scan(text, include, target.Config))
                {
                    if (names.Add(tracepoint.System + ":" + tracepoint.Name)) tracepoints.Add(tracepoint);
                }
            }
            if (cacheFile != null) TracepointCatalogCache.TrySave(cacheFile, tracepoints, read);
            return new TracepointCatalog(tracepoints.ToImmutableArray(), read.ToImmutableArray(), roots);
        }

        /// <summary>
        /// The build tree, and the source tree it delegates to: Debian's build tree <c>Makefile</c> is one line,
        /// <c>include /usr/src/linux-headers-VERSION-common/Makefile</c>.
        /// </summary>
        internal static ImmutableArray<string> HeaderRoots(string buildTree)
        {
            var roots = ImmutableArray.CreateBuilder<string>();
            roots.Add(buildTree);
            string makefile = Path.Combine(buildTree, "Makefile");
            if (File.Exists(makefile))
            {
                foreach (string line in File.ReadLines(makefile).Take(20))
                {
                    string trimmed = line.Trim();
                    if (!trimmed.StartsWith("include ", StringComparison.Ordinal) || !trimmed.EndsWith("/Makefile", StringComparison.Ordinal)) continue;
                    string? source = Path.GetDirectoryName(trimmed.Substring("include ".Length).Trim());
                    if (source != null && Directory.Exists(source) && !roots.Contains(source)) roots.Add(source);
                }
            }
            return roots.ToImmutable();
        }

        private static void AddHeaders(List<(string, string)> headers, HashSet<string> seen, string directory, string pattern, string includePrefix)
        {
            if (!Directory.Exists(directory)) return;
            foreach (string path in Directory.GetFiles(directory, pattern).OrderBy(p => p, StringComparer.Ordinal))
            {
                string include = includePrefix + Path.GetFileName(path);
                if (seen.Add(include)) headers.Add((path, include));
            }
        }
    }
}
