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

        /// <summary>Parses one file; returns null and an error message when it cannot be read.</summary>
        public StapSyntaxTree? Load(string path, out string? ioError, CancellationToken cancellationToken)
        {
            ioError = null;
            string text;
            try
            {
                text = StapSourceFile.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                ioError = $"{path}: error: cannot read file: {e.Message}";
                return null;
            }
            return StapSyntaxTree.ParseText(SourceText.From(text), OptionsFor(path, text), path, cancellationToken);
        }

        /// <summary>
        /// The parse options for one file: library kind only below a trusted tapset root; guru mode only as the
        /// command line gave it (a script's own <c>-g</c> declarations are ignored here on purpose).
        /// </summary>
        public StapParseOptions OptionsFor(string path, string text)
        {
            if (IsLibraryFile(path))
                return _options.WithKind(StapSourceKind.Library);
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
