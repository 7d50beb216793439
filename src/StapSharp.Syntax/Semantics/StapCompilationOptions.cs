using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>
    /// Immutable settings of a <see cref="StapCompilation"/>: the tapset search path (stap's <c>-I</c>), whether
    /// tapsets are used at all (<c>--no-tapsets</c>), guru mode (<c>-g</c>) and the preprocessor context.
    /// </summary>
    public sealed class StapCompilationOptions
    {
        private StapCompilationOptions(ImmutableArray<string> tapsetSearchPaths, StapParseOptions parseOptions, bool useTapsets,
            bool guruMode, TapsetLibrary? tapsetLibrary, string? tapsetIndexCacheDirectory = null)
        {
            TapsetIndexCacheDirectory = tapsetIndexCacheDirectory;
            TapsetSearchPaths = tapsetSearchPaths;
            ParseOptions = parseOptions;
            UseTapsets = useTapsets;
            GuruMode = guruMode;
            TapsetLibrary = tapsetLibrary;
        }

        /// <summary>
        /// The defaults: the installed tapsets (<c>/usr/share/systemtap/tapset</c>), <see cref="StapParseOptions.Default"/>,
        /// tapsets on, guru mode off.
        /// </summary>
        public static StapCompilationOptions Default { get; } = new(
            ImmutableArray.Create(TapsetSearchPath.DefaultRoot), StapParseOptions.Default, useTapsets: true, guruMode: false, tapsetLibrary: null);

        /// <summary>
        /// The tapset roots, searched in order (the installed directory, then each <c>-I</c> directory). Each root is
        /// searched with stap's kernel-version and architecture subdirectory rules.
        /// </summary>
        public ImmutableArray<string> TapsetSearchPaths { get; }

        /// <summary>The preprocessor context (kernel release, architecture, runtime, arguments, language level).</summary>
        public StapParseOptions ParseOptions { get; }

        /// <summary>False for stap's <c>--no-tapsets</c>: no library file is consulted.</summary>
        public bool UseTapsets { get; }

        /// <summary>Guru mode (<c>-g</c>): embedded C and target-variable writes are allowed in user scripts.</summary>
        public bool GuruMode { get; }

        /// <summary>An explicit library to use instead of the process-wide shared one for <see cref="TapsetSearchPaths"/>.</summary>
        public TapsetLibrary? TapsetLibrary { get; }

        /// <summary>Returns options with another tapset search path.</summary>
        /// <param name="paths">The tapset roots in search order.</param>
        /// <returns>The new options.</returns>
        public StapCompilationOptions WithTapsetSearchPaths(IEnumerable<string> paths) =>
            new((paths ?? throw new ArgumentNullException(nameof(paths))).ToImmutableArray(), ParseOptions, UseTapsets, GuruMode, null, TapsetIndexCacheDirectory);

        /// <summary>Returns options with another preprocessor context.</summary>
        /// <param name="parseOptions">The parse options.</param>
        /// <returns>The new options.</returns>
        public StapCompilationOptions WithParseOptions(StapParseOptions parseOptions) =>
            new(TapsetSearchPaths, parseOptions ?? throw new ArgumentNullException(nameof(parseOptions)), UseTapsets, GuruMode, TapsetLibrary, TapsetIndexCacheDirectory);

        /// <summary>Returns options with tapsets turned on or off (<c>--no-tapsets</c>).</summary>
        /// <param name="useTapsets">Whether library files are consulted.</param>
        /// <returns>The new options.</returns>
        public StapCompilationOptions WithUseTapsets(bool useTapsets) =>
            new(TapsetSearchPaths, ParseOptions, useTapsets, GuruMode, TapsetLibrary, TapsetIndexCacheDirectory);

        /// <summary>Returns options with guru mode on or off (<c>-g</c>).</summary>
        /// <param name="guruMode">Whether guru mode is on.</param>
        /// <returns>The new options.</returns>
        public StapCompilationOptions WithGuruMode(bool guruMode) =>
            new(TapsetSearchPaths, ParseOptions, UseTapsets, guruMode, TapsetLibrary, TapsetIndexCacheDirectory);

        /// <summary>Returns options that use the given library (for example one kept warm between compilations).</summary>
        /// <param name="library">The library, or null for the shared one of <see cref="TapsetSearchPaths"/>.</param>
        /// <returns>The new options.</returns>
        public StapCompilationOptions WithTapsetLibrary(TapsetLibrary? library) =>
            new(library?.SearchPaths ?? TapsetSearchPaths, ParseOptions, UseTapsets, GuruMode, library, TapsetIndexCacheDirectory);

        /// <summary>
        /// Where the shared library keeps its index of what each tapset file declares between processes (see
        /// <see cref="Semantics.TapsetLibrary.IndexCacheDirectory"/>), or null (the default) to scan the files once per process.
        /// </summary>
        public string? TapsetIndexCacheDirectory { get; }

        /// <summary>Returns options whose shared library keeps its file index in <paramref name="directory"/>.</summary>
        /// <param name="directory">The cache folder, or null for no cache.</param>
        /// <returns>The new options.</returns>
        public StapCompilationOptions WithTapsetIndexCacheDirectory(string? directory) =>
            new(TapsetSearchPaths, ParseOptions, UseTapsets, GuruMode, TapsetLibrary, directory);

        /// <summary>The library a compilation with these options uses, or null when tapsets are off.</summary>
        internal TapsetLibrary? ResolveLibrary() =>
            !UseTapsets ? null : TapsetLibrary ?? TapsetLibrary.GetShared(TapsetSearchPaths, ParseOptions, TapsetIndexCacheDirectory);
    }
}
