using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace StapSharp.Syntax
{
    /// <summary>
    /// The library macros of a tapset search path: every <c>@define</c> of the <c>.stpm</c> files, by name, with
    /// its parameter names and body tokens. Library macros are global to all scripts; stap reports a macro
    /// defined in two files as an error, and so does <see cref="Duplicates"/>. Pass a library to
    /// <see cref="StapParseOptions.WithLibraryMacros"/> so that preprocessor conditions using these macros
    /// (<c>%( @_IS_SREG_KERNEL %?</c>) can be evaluated.
    /// </summary>
    public sealed class MacroLibrary
    {
        private readonly Dictionary<string, PreprocessorMacro> _macros;
        private readonly List<string> _names;
        private readonly List<MacroLibraryDuplicate> _duplicates;

        private MacroLibrary(Dictionary<string, PreprocessorMacro> macros, List<MacroLibraryDuplicate> duplicates, List<string> files)
        {
            _macros = macros;
            _duplicates = duplicates;
            _names = new List<string>(macros.Keys);
            _names.Sort(StringComparer.Ordinal);
            Files = files;
        }

        /// <summary>A library without macros.</summary>
        public static MacroLibrary Empty { get; } = new(new Dictionary<string, PreprocessorMacro>(), new List<MacroLibraryDuplicate>(), new List<string>());

        /// <summary>The macro names (without <c>@</c>), sorted ordinally.</summary>
        public IReadOnlyList<string> Names => _names;

        /// <summary>The files the macros were read from, in load order.</summary>
        public IReadOnlyList<string> Files { get; }

        /// <summary>Macros defined in more than one file (the first definition is kept).</summary>
        public IReadOnlyList<MacroLibraryDuplicate> Duplicates => _duplicates;

        /// <summary>Whether a macro of this name (without <c>@</c>) exists.</summary>
        /// <param name="name">The macro name, e.g. <c>choose_defined</c>.</param>
        /// <returns>True when it is defined.</returns>
        public bool Contains(string name) => _macros.ContainsKey(name);

        /// <summary>The parameter names of a macro, or null when it does not exist.</summary>
        /// <param name="name">The macro name, e.g. <c>choose_defined</c>.</param>
        /// <returns>The parameter names in order (empty for a macro without parameters), or null.</returns>
        public IReadOnlyList<string>? GetParameters(string name) => _macros.TryGetValue(name, out var macro) ? macro.Parameters : null;

        /// <summary>The text of a macro body (between <c>%(</c> and the matching <c>%)</c>), or null when it does not exist.</summary>
        /// <param name="name">The macro name.</param>
        /// <returns>The body tokens with their trivia (whitespace right after <c>%(</c> belongs to <c>%(</c>).</returns>
        public string? GetBodyText(string name)
        {
            if (!_macros.TryGetValue(name, out var macro)) return null;
            var builder = new System.Text.StringBuilder();
            foreach (var token in macro.Body) token.WriteTo(builder);
            return builder.ToString();
        }

        /// <summary>The file that defines a macro, or null when it does not exist.</summary>
        /// <param name="name">The macro name.</param>
        /// <returns>The path given when loading.</returns>
        public string? GetFilePath(string name) => _macros.TryGetValue(name, out var macro) ? macro.FilePath : null;

        internal PreprocessorMacro? Find(string name) => _macros.TryGetValue(name, out var macro) ? macro : null;

        /// <summary>
        /// Loads the <c>.stpm</c> files stap would read from a tapset directory for these options: the directory
        /// itself, its runtime subdirectory (<c>linux</c> for the kernel runtime, else the runtime name) and the
        /// architecture subdirectories of both.
        /// </summary>
        /// <param name="tapsetDirectory">A tapset root such as <c>/usr/share/systemtap/tapset</c>.</param>
        /// <param name="options">The target; null for <see cref="StapParseOptions.Default"/>.</param>
        /// <param name="cancellationToken">Cancels loading.</param>
        /// <returns>The library (empty when the directory does not exist).</returns>
        public static MacroLibrary LoadTapsetDirectory(string tapsetDirectory, StapParseOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (tapsetDirectory is null) throw new ArgumentNullException(nameof(tapsetDirectory));
            options ??= StapParseOptions.Default;
            string runtimeDirectory = options.Runtime == "kernel" ? "linux" : options.Runtime;
            var files = new List<string>();
            foreach (var directory in new[]
            {
                tapsetDirectory,
                Path.Combine(tapsetDirectory, options.Architecture),
                Path.Combine(tapsetDirectory, runtimeDirectory),
                Path.Combine(tapsetDirectory, runtimeDirectory, options.Architecture),
            })
            {
                if (!Directory.Exists(directory)) continue;
                var found = Directory.GetFiles(directory, "*.stpm");
                Array.Sort(found, StringComparer.Ordinal);
                files.AddRange(found);
            }
            return LoadFiles(files, options, cancellationToken);
        }

        /// <summary>Loads the given <c>.stpm</c> files; unreadable files are skipped.</summary>
        /// <param name="paths">The files, in load order.</param>
        /// <param name="options">The target (conditionals around definitions are evaluated); null for the defaults.</param>
        /// <param name="cancellationToken">Cancels loading.</param>
        /// <returns>The library.</returns>
        public static MacroLibrary LoadFiles(IEnumerable<string> paths, StapParseOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (paths is null) throw new ArgumentNullException(nameof(paths));
            var sources = new List<KeyValuePair<string, string>>();
            foreach (var path in paths)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string text;
                try
                {
                    text = StapSourceFile.ReadAllText(path);
                }
                catch (IOException)
                {
                    continue;
                }
                catch (UnauthorizedAccessException)
                {
                    continue;
                }
                sources.Add(new KeyValuePair<string, string>(path, text));
            }
            return FromSources(sources, options, cancellationToken);
        }

        /// <summary>Builds a library from in-memory <c>.stpm</c> sources (path, text).</summary>
        /// <param name="sources">The path (for reporting) and text of each file, in load order.</param>
        /// <param name="options">The target (conditionals around definitions are evaluated); null for the defaults.</param>
        /// <param name="cancellationToken">Cancels loading.</param>
        /// <returns>The library.</returns>
        public static MacroLibrary FromSources(IEnumerable<KeyValuePair<string, string>> sources, StapParseOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (sources is null) throw new ArgumentNullException(nameof(sources));
            options = (options ?? StapParseOptions.Default).WithKind(StapSourceKind.Library).WithLibraryMacros(null);
            var macros = new Dictionary<string, PreprocessorMacro>(StringComparer.Ordinal);
            var duplicates = new List<MacroLibraryDuplicate>();
            var files = new List<string>();
            foreach (var source in sources)
            {
                cancellationToken.ThrowIfCancellationRequested();
                files.Add(source.Key);
                var lexer = new Lexer(source.Value ?? string.Empty, options);
                while (lexer.Lex().Kind != SyntaxKind.EndOfFileToken)
                {
                }
                if (lexer.FileMacros is null) continue;
                foreach (var definition in lexer.FileMacroOrder)
                {
                    var macro = lexer.FileMacros[definition];
                    var located = new PreprocessorMacro(macro.Name, macro.Parameters, macro.Body, source.Key);
                    if (macros.TryGetValue(macro.Name, out var existing))
                        duplicates.Add(new MacroLibraryDuplicate(macro.Name, existing.FilePath ?? string.Empty, source.Key));
                    else
                        macros.Add(macro.Name, located);
                }
            }
            return new MacroLibrary(macros, duplicates, files);
        }
    }
}
