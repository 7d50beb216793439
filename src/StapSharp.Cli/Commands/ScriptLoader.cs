using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// Reads script files and parses them the way stap would treat them: <c>.stpm</c> macro files and
    /// files below a tapset directory (an <c>-I</c> directory, the installed tapset directory, or any
    /// directory named <c>tapset</c>) are library (privileged) files; a script may declare guru mode or
    /// a language level for itself (<see cref="DeclaredStapOptions"/>).
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

        /// <summary>The parse options for one file: library kind by location, shebang overrides for scripts.</summary>
        public StapParseOptions OptionsFor(string path, string text)
        {
            if (IsLibraryFile(path))
                return _options.WithKind(StapSourceKind.Library);
            var options = _options.WithKind(StapSourceKind.Script);
            var declared = DeclaredStapOptions.Discover(path, text);
            if (declared.GuruMode) options = options.WithGuruMode(true);
            if (declared.LanguageVersion != null) options = options.WithLanguageVersion(declared.LanguageVersion);
            return options;
        }

        private bool IsLibraryFile(string path)
        {
            if (path.EndsWith(".stpm", StringComparison.Ordinal)) return true;
            string full = Path.GetFullPath(path);
            foreach (var root in _libraryRoots)
                if (full.StartsWith(root, StringComparison.Ordinal)) return true;
            return full.Contains("/tapset/");
        }

        private static string NormalizeDirectory(string dir)
        {
            string full = Path.GetFullPath(dir);
            return full.EndsWith("/", StringComparison.Ordinal) ? full : full + "/";
        }
    }
}
