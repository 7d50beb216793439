using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace StapSharp.Syntax.Tests.Corpus
{
    /// <summary>
    /// The SystemTap files installed on this machine (never copied into the repository): the tapset library
    /// (parsed as <see cref="StapSourceKind.Library"/>) and the example scripts (parsed as scripts, honouring
    /// <c>-g</c> on a <c>#!</c> first line). Empty when SystemTap is not installed.
    /// </summary>
    internal static class SystemTapCorpus
    {
        public const string TapsetDirectory = "/usr/share/systemtap/tapset";
        public const string ExamplesDirectory = "/usr/share/systemtap/examples";

        public static bool IsInstalled => Directory.Exists(TapsetDirectory) && Directory.Exists(ExamplesDirectory);

        public static IReadOnlyList<CorpusFile> TapsetFiles => s_tapset.Value;
        public static IReadOnlyList<CorpusFile> ExampleFiles => s_examples.Value;
        public static IEnumerable<CorpusFile> AllFiles => TapsetFiles.Concat(ExampleFiles);

        private static readonly Lazy<IReadOnlyList<CorpusFile>> s_tapset = new(() => Load(TapsetDirectory, library: true));
        private static readonly Lazy<IReadOnlyList<CorpusFile>> s_examples = new(() => Load(ExamplesDirectory, library: false));

        /// <summary>The tapset's .stpm macros, which stap makes visible to every script and tapset file.</summary>
        private static readonly Lazy<MacroLibrary?> s_libraryMacros = new(
            () => Directory.Exists(TapsetDirectory) ? MacroLibrary.LoadTapsetDirectory(TapsetDirectory) : null);

        private static IReadOnlyList<CorpusFile> Load(string directory, bool library)
        {
            if (!Directory.Exists(directory)) return Array.Empty<CorpusFile>();
            var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(p => p.EndsWith(".stp", StringComparison.Ordinal) || (library && p.EndsWith(".stpm", StringComparison.Ordinal)))
                .OrderBy(p => p, StringComparer.Ordinal);
            var result = new List<CorpusFile>();
            foreach (var path in files)
            {
                if (s_rejectedByStap.Contains(System.IO.Path.GetFileName(path))) continue;
                // Latin-1 keeps every byte as one char, so odd bytes in comments cannot break the round trip.
                string text = File.ReadAllText(path, Encoding.Latin1);
                // Helper tapsets shipped with an example (stapgames/tapset/) are library files, passed with -I.
                bool isLibrary = library || path.Contains("/tapset/");
                var options = StapParseOptions.Default.WithKind(isLibrary ? StapSourceKind.Library : StapSourceKind.Script)
                    .WithLibraryMacros(s_libraryMacros.Value);
                // The same rule as the CLI: -g on the #! line, an `exec stap` line, or the example's .meta file.
                if (!isLibrary && StapSharp.Cli.Commands.DeclaredStapOptions.Discover(path, text).GuruMode) options = options.WithGuruMode(true);
                result.Add(new CorpusFile(path, text, options));
            }
            return result;
        }

        /// <summary>Installed files that stap 4.8 itself rejects in pass 1 (checked with stap -p1).</summary>
        private static readonly HashSet<string> s_rejectedByStap = new(StringComparer.Ordinal)
        {
            // A template with a literal "{...}" body placeholder.
            "security-bandaid-template.stp",
        };
    }

    internal sealed record CorpusFile(string Path, string Text, StapParseOptions Options)
    {
        public override string ToString() => Path;
    }
}
