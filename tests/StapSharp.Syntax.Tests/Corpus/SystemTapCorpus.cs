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
                if (!isLibrary && (HasGuruShebang(text) || MetaRequestsGuruMode(path))) options = options.WithGuruMode(true);
                result.Add(new CorpusFile(path, text, options));
            }
            return result;
        }

        /// <summary>
        /// Guru mode requested where the script starts stap: a <c>#!</c> first line or a polyglot
        /// <c>//bin/true &amp;&amp; exec stap -g $0</c> line, with <c>g</c> in a short-option cluster (<c>-g</c>, <c>-gv</c>).
        /// </summary>
        private static bool HasGuruShebang(string text)
        {
            using var reader = new StringReader(text);
            for (int i = 0; i < 12; i++)
            {
                var line = reader.ReadLine();
                if (line == null) break;
                if (!(line.StartsWith("#!", StringComparison.Ordinal) || line.StartsWith("//", StringComparison.Ordinal)) || !line.Contains("stap"))
                    continue;
                foreach (var word in line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
                    if (IsShortOptionCluster(word) && word.IndexOf('g') > 0) return true;
            }
            return false;
        }

        /// <summary>Examples come with a .meta file whose test_check/test_installcheck lines show how stap runs them.</summary>
        private static bool MetaRequestsGuruMode(string path)
        {
            string meta = System.IO.Path.ChangeExtension(path, ".meta");
            if (!File.Exists(meta)) return false;
            foreach (var line in File.ReadAllLines(meta))
            {
                if (!line.StartsWith("test_", StringComparison.Ordinal) || !line.Contains("stap")) continue;
                foreach (var word in line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
                    if (IsShortOptionCluster(word) && word.IndexOf('g') > 0) return true;
            }
            return false;
        }

        /// <summary>Installed files that stap 4.8 itself rejects in pass 1 (checked with stap -p1).</summary>
        private static readonly HashSet<string> s_rejectedByStap = new(StringComparer.Ordinal)
        {
            // A template with a literal "{...}" body placeholder.
            "security-bandaid-template.stp",
        };

        private static bool IsShortOptionCluster(string word)
        {
            if (word.Length < 2 || word[0] != '-' || word[1] == '-' || word[1] == 'D' || word[1] == 'G') return false;
            for (int i = 1; i < word.Length; i++)
                if (!char.IsLetterOrDigit(word[i])) return false;
            return true;
        }
    }

    internal sealed record CorpusFile(string Path, string Text, StapParseOptions Options)
    {
        public override string ToString() => Path;
    }
}
