using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// Reads script files and parses them the way stap would treat them. Privilege is decided once, from the
    /// command line: only files below the installed tapset directory or an explicit <c>-I</c> directory are
    /// library (privileged) files, and guru mode comes only from <c>-g</c>. What a script says about itself
    /// (a <c>#!... -g</c> line, an <c>exec stap -g</c> line, a sibling <c>.meta</c>, a <c>/tapset/</c> path, a
    /// <c>.stpm</c> name) never grants privilege; a declared language level is still honoured
    /// (<see cref="DeclaredStapOptions"/>), as it changes only how the text parses.
    /// </summary>
    internal sealed class ScriptLoader
    {
        /// <summary>The tapset directory of the installed SystemTap: its files are library files.</summary>
        public const string DefaultTapsetDirectory = "/usr/share/systemtap/tapset";

        private readonly StapParseOptions _options;
        private readonly List<string> _libraryRoots = new();

        public ScriptLoader(StapParseOptions options, IEnumerable<string> includeDirectories)
        {
            _options = options;
            foreach (var dir in includeDirectories)
                _libraryRoots.Add(NormalizeDirectory(dir));
            _libraryRoots.Add(NormalizeDirectory(DefaultTapsetDirectory));
        }

        /// <summary>Parses one input; returns null and an error message when it cannot be read.</summary>
        public StapSyntaxTree? Load(ScriptInput input, out string? ioError, CancellationToken cancellationToken)
        {
            ioError = null;
            string? text = input.IsFile ? ReadFile(input.Name, out ioError) : input.Text;
            if (text is null) return null;
            var options = input.IsFile ? OptionsFor(input.Name, text) : ScriptOptionsFor(input.Name, text);
            return StapSyntaxTree.ParseText(SourceText.From(text), options, input.Name, cancellationToken);
        }

        /// <summary>Parses one file; returns null and an error message when it cannot be read.</summary>
        public StapSyntaxTree? Load(string path, out string? ioError, CancellationToken cancellationToken) =>
            Load(ScriptInput.FromFile(path), out ioError, cancellationToken);

        /// <summary>
        /// Reads a script file; a directory or a missing file gets its own plain message (the runtime's
        /// "Access to the path is denied" for a directory misled users).
        /// </summary>
        private static string? ReadFile(string path, out string? ioError)
        {
            ioError = null;
            if (Directory.Exists(path))
            {
                ioError = $"stapsharp: error: {path} is a directory";
                return null;
            }
            if (!File.Exists(path))
            {
                ioError = $"stapsharp: error: cannot read {path}: no such file";
                return null;
            }
            try
            {
                return StapSourceFile.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                ioError = $"stapsharp: error: cannot read {path}: {e.Message}";
                return null;
            }
        }

        /// <summary>
        /// The parse options for one file: library kind only below a trusted tapset root; guru mode only as the
        /// command line gave it (a script's own <c>-g</c> declarations are ignored here on purpose).
        /// </summary>
        public StapParseOptions OptionsFor(string path, string text)
        {
            if (IsLibraryFile(path))
                return _options.WithKind(StapSourceKind.Library);
            return ScriptOptionsFor(path, text);
        }

        /// <summary>A script's parse options: its shebang may turn on guru mode or set the language level.</summary>
        private StapParseOptions ScriptOptionsFor(string path, string text)
        {
            var options = _options.WithKind(StapSourceKind.Script);
            var declared = DeclaredStapOptions.Discover(path, text);
            if (declared.LanguageVersion != null) options = options.WithLanguageVersion(declared.LanguageVersion);
            return options;
        }

        /// <summary>True for a file below the installed tapset directory or an explicit <c>-I</c> directory.</summary>
        internal bool IsLibraryFile(string path)
        {
            string full = Path.GetFullPath(path);
            foreach (var root in _libraryRoots)
                if (full.StartsWith(root, StringComparison.Ordinal)) return true;
            return false;
        }

        private static string NormalizeDirectory(string dir)
        {
            string full = Path.GetFullPath(dir);
            return full.EndsWith("/", StringComparison.Ordinal) ? full : full + "/";
        }
    }
}
