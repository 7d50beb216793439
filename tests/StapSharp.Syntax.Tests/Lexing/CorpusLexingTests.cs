using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StapSharp.Syntax;
using static StapSharp.Syntax.Tests.Lexing.LexerTestHelpers;

namespace StapSharp.Syntax.Tests.Lexing
{
    /// <summary>
    /// Lexes every installed tapset and example script: the round trip must hold and the lexer must report
    /// nothing. Skips cleanly (passes with nothing checked) when SystemTap is not installed.
    /// </summary>
    public class CorpusLexingTests
    {
        private const string TapsetDirectory = "/usr/share/systemtap/tapset";
        private const string ExamplesDirectory = "/usr/share/systemtap/examples";

        private static IEnumerable<string> ScriptsUnder(string directory) =>
            Directory.Exists(directory)
                ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".stp", StringComparison.Ordinal) || f.EndsWith(".stpm", StringComparison.Ordinal))
                    .OrderBy(f => f, StringComparer.Ordinal)
                : Enumerable.Empty<string>();

        /// <summary>The options for a tapset file: its runtime comes from its directory, library macros from that runtime's tapset.</summary>
        private static StapParseOptions OptionsFor(string path, StapSourceKind kind, Dictionary<string, MacroLibrary> libraries)
        {
            string runtime = path.Contains("/tapset/dyninst/") ? "dyninst" : path.Contains("/tapset/bpf/") ? "bpf" : "kernel";
            if (!libraries.TryGetValue(runtime, out var library))
            {
                library = MacroLibrary.LoadTapsetDirectory(TapsetDirectory, StapParseOptions.Default.WithRuntime(runtime));
                libraries[runtime] = library;
            }
            return StapParseOptions.Default.WithRuntime(runtime).WithKind(kind).WithLibraryMacros(library);
        }

        [Fact]
        public void EveryTapsetAndExampleLexesWithoutDiagnostics()
        {
            var libraries = new Dictionary<string, MacroLibrary>();
            var failures = new List<string>();
            int files = 0;
            foreach (var (directory, kind) in new[] { (TapsetDirectory, StapSourceKind.Library), (ExamplesDirectory, StapSourceKind.Script) })
            {
                foreach (var path in ScriptsUnder(directory))
                {
                    files++;
                    string text = File.ReadAllText(path);
                    var tokens = Lexer.LexAll(text, OptionsFor(path, kind, libraries));
                    if (FullText(tokens) != text)
                    {
                        failures.Add(path + ": round trip differs");
                        continue;
                    }
                    var diagnostics = new List<LexedDiagnostic>();
                    int position = 0;
                    foreach (var token in tokens)
                    {
                        Collect(token, position, diagnostics);
                        position += token.FullWidth;
                    }
                    foreach (var d in diagnostics)
                        failures.Add($"{path}@{d.Position}: {d.Code} '{text.Substring(d.Position, Math.Min(d.Width, 40))}'");
                }
            }
            Assert.True(failures.Count == 0, $"{failures.Count} problem(s) in {files} files:\n" + string.Join("\n", failures.Take(50)));
            if (Directory.Exists(TapsetDirectory)) Assert.True(files > 700, $"only {files} files found");
        }
    }
}
