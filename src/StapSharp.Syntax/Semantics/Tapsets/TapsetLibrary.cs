using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>
    /// The tapset (library) files visible under a search path, indexed by what they declare. Files are parsed
    /// lazily, the first time a compilation needs a symbol they define, and the trees are cached, so one library
    /// can be shared by many compilations and threads.
    /// </summary>
    public sealed class TapsetLibrary
    {
        private static readonly ConcurrentDictionary<string, TapsetLibrary> s_shared = new(StringComparer.Ordinal);

        private readonly Lazy<TapsetIndex> _index;
        private readonly Lazy<ProbeMatchTree> _probeTree;
        private readonly ConcurrentDictionary<string, Lazy<StapSyntaxTree?>> _trees = new(StringComparer.Ordinal);
        private int _parsedCount;

        private TapsetLibrary(ImmutableArray<string> searchPaths, StapParseOptions parseOptions, string? indexCacheDirectory)
        {
            SearchPaths = searchPaths;
            ParseOptions = parseOptions;
            IndexCacheDirectory = indexCacheDirectory;
            Files = TapsetSearchPath.EnumerateFiles(searchPaths, parseOptions.KernelRelease, parseOptions.Architecture, parseOptions.Runtime);
            _index = new Lazy<TapsetIndex>(() => TapsetIndex.Build(Files, IndexCacheDirectory), LazyThreadSafetyMode.ExecutionAndPublication);
            _probeTree = new Lazy<ProbeMatchTree>(BuildProbeTree, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The tapset roots (the installed directory first, then <c>-I</c> directories).</summary>
        public ImmutableArray<string> SearchPaths { get; }

        /// <summary>The options library files are parsed with (<see cref="StapSourceKind.Library"/>).</summary>
        public StapParseOptions ParseOptions { get; }

        /// <summary>Every library file in stap's reading order: macro files first, then script files.</summary>
        public ImmutableArray<string> Files { get; }

        /// <summary>
        /// Where the index of what each file declares is kept between processes, or null to scan every file once
        /// per process. The index is keyed by the files' paths, sizes and modification times.
        /// </summary>
        public string? IndexCacheDirectory { get; }

        /// <summary>How many files have been parsed so far (the rest were only scanned).</summary>
        public int ParsedFileCount => Volatile.Read(ref _parsedCount);

        /// <summary>Creates a library over the given tapset roots, applying stap's kernel-version and architecture subdirectory rules.</summary>
        /// <param name="searchPaths">The tapset roots in search order.</param>
        /// <param name="parseOptions">The preprocessor context (kernel release, architecture, runtime); the kind is forced to library.</param>
        /// <param name="indexCacheDirectory">
        /// A folder (created when needed) where the index of what each file declares is kept between processes, or
        /// null to scan every file once per process.
        /// </param>
        /// <returns>A new, empty-cached library.</returns>
        public static TapsetLibrary Create(IEnumerable<string> searchPaths, StapParseOptions? parseOptions = null, string? indexCacheDirectory = null)
        {
            if (searchPaths is null) throw new ArgumentNullException(nameof(searchPaths));
            var options = (parseOptions ?? StapParseOptions.Default).WithKind(StapSourceKind.Library);
            return new TapsetLibrary(searchPaths.ToImmutableArray(), options, indexCacheDirectory);
        }

        /// <summary>
        /// Returns the process-wide library for these roots and options, creating it on first use. Compilations with
        /// equal settings share it, so each tapset file is scanned and parsed at most once per process.
        /// </summary>
        /// <param name="searchPaths">The tapset roots in search order.</param>
        /// <param name="parseOptions">The preprocessor context.</param>
        /// <param name="indexCacheDirectory">Where the file index is kept between processes, or null for no cache.</param>
        /// <returns>The shared library.</returns>
        public static TapsetLibrary GetShared(IEnumerable<string> searchPaths, StapParseOptions? parseOptions = null, string? indexCacheDirectory = null)
        {
            var paths = searchPaths.ToImmutableArray();
            var options = (parseOptions ?? StapParseOptions.Default).WithKind(StapSourceKind.Library);
            string key = string.Join("\n", paths) + "\n|" + options.GetHashCode().ToString(System.Globalization.CultureInfo.InvariantCulture)
                + "|" + options.KernelRelease + "|" + options.Architecture + "|" + options.Runtime + "|" + options.LanguageVersion
                + "|" + indexCacheDirectory;
            return s_shared.GetOrAdd(key, _ => new TapsetLibrary(paths, options, indexCacheDirectory));
        }

        /// <summary>The files whose top level defines a function with this name.</summary>
        /// <param name="name">The function name.</param>
        /// <returns>The file paths in reading order.</returns>
        public ImmutableArray<string> GetFilesDefiningFunction(string name) => _index.Value.FunctionFiles(name);

        /// <summary>The files whose top level declares a global with this name.</summary>
        /// <param name="name">The global name.</param>
        /// <returns>The file paths in reading order.</returns>
        public ImmutableArray<string> GetFilesDefiningGlobal(string name) => _index.Value.GlobalFiles(name);

        /// <summary>The files that define a macro with this name (<c>.stpm</c> files and any <c>@define</c> at top level).</summary>
        /// <param name="name">The macro name without the <c>@</c>.</param>
        /// <returns>The file paths in reading order.</returns>
        public ImmutableArray<string> GetFilesDefiningMacro(string name) => _index.Value.MacroFiles(name);

        /// <summary>All probe alias names declared by library files, with the file that declares each.</summary>
        internal ImmutableArray<(ImmutableArray<string> Components, string Path)> Aliases => _index.Value.Aliases;

        /// <summary>The built-in probe families plus every library alias name, for probe point resolution.</summary>
        internal ProbeMatchTree ProbeTree => _probeTree.Value;

        /// <summary>Every function name defined by a library file (for "similar" suggestions).</summary>
        internal IEnumerable<string> FunctionNames => _index.Value.AllFunctionNames;

        /// <summary>Parses (once) and returns the tree of a library file, or null when the file cannot be read.</summary>
        /// <param name="path">One of <see cref="Files"/>.</param>
        /// <param name="cancellationToken">Cancels the parse.</param>
        /// <returns>The cached tree.</returns>
        public StapSyntaxTree? GetSyntaxTree(string path, CancellationToken cancellationToken = default)
        {
            var lazy = _trees.GetOrAdd(path, p => new Lazy<StapSyntaxTree?>(() => Parse(p, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication));
            return lazy.Value;
        }

        private ProbeMatchTree BuildProbeTree()
        {
            var tree = ProbeMatchTree.CreateBuiltIn();
            foreach (var (components, path) in Aliases) tree.AddAlias(components, new LibraryAliasTarget(path, string.Join(".", components)));
            return tree;
        }

        private StapSyntaxTree? Parse(string path, CancellationToken cancellationToken)
        {
            string text;
            try
            {
                text = StapSourceFile.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }

            Interlocked.Increment(ref _parsedCount);
            return StapSyntaxTree.ParseText(SourceText.From(text), ParseOptions, path, cancellationToken);
        }
    }
}
