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

        /// <summary>The parse options for one file: library kind by location, shebang overrides for scripts.</summary>
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
