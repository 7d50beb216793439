using System;
using System.IO;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// The stap options a script declares for itself, which change how it parses (guru mode, language
    /// level). Scripts declare them on their <c>#!</c> line (<c>#! /usr/bin/env stap -g</c>), on an
    /// <c>exec stap ... $0</c> line when wrapped in sh (<c>//bin/true &amp;&amp; exec stap -g $0</c>), or — for
    /// the scripts of SystemTap's examples collection — in the <c>test_check:</c>/<c>test_installcheck:</c>
    /// lines of the sibling <c>NAME.meta</c> file.
    /// </summary>
    internal readonly struct DeclaredStapOptions
    {
        private const int HeaderLinesScanned = 10;

        private DeclaredStapOptions(bool guruMode, Version? languageVersion)
        {
            GuruMode = guruMode;
            LanguageVersion = languageVersion;
        }

        public bool GuruMode { get; }
        public Version? LanguageVersion { get; }

        public static DeclaredStapOptions Discover(string path, string text)
        {
            var result = default(DeclaredStapOptions);
            using (var reader = new StringReader(text))
            {
                for (int i = 0; i < HeaderLinesScanned; i++)
                {
                    string? line = reader.ReadLine();
                    if (line == null) break;
                    if ((i == 0 && line.StartsWith("#!", StringComparison.Ordinal)) || line.Contains("exec stap "))
                        result = result.Merge(FromCommandLine(line));
                }
            }
            string meta = Path.ChangeExtension(path, ".meta");
            if (File.Exists(meta))
            {
                foreach (var line in SafeReadLines(meta))
                {
                    if (line.StartsWith("test_check:", StringComparison.Ordinal) || line.StartsWith("test_installcheck:", StringComparison.Ordinal))
                        result = result.Merge(FromCommandLine(line));
                }
            }
            return result;
        }

        /// <summary>Reads the options from the words after the first <c>stap</c> word of a command line.</summary>
        public static DeclaredStapOptions FromCommandLine(string line)
        {
            string[] words = line.Split(new[] { ' ', '\t', '\r' }, StringSplitOptions.RemoveEmptyEntries);
            int start = Array.FindIndex(words, w => w == "stap" || w.EndsWith("/stap", StringComparison.Ordinal));
            if (start < 0) return default;
            bool guru = false;
            Version? version = null;
            for (int i = start + 1; i < words.Length; i++)
            {
                string word = words[i];
                if (word == "--guru-mode")
                    guru = true;
                else if (word.StartsWith("--compatible", StringComparison.Ordinal))
                {
                    string value = word.StartsWith("--compatible=", StringComparison.Ordinal)
                        ? word.Substring("--compatible=".Length)
                        : (i + 1 < words.Length ? words[++i] : "");
                    if (Version.TryParse(value.Contains(".") ? value : value + ".0", out var parsed)) version = parsed;
                }
                else if (IsShortOptionClusterWithGuru(word))
                    guru = true;
            }
            return new DeclaredStapOptions(guru, version);
        }

        private DeclaredStapOptions Merge(DeclaredStapOptions other) =>
            new(GuruMode || other.GuruMode, other.LanguageVersion ?? LanguageVersion);

        // "-g", "-gp1", "-vg": a cluster of flag letters. Options taking a value end the cluster
        // ("-Dg=1", "-Ifoo"), so a 'g' after them is not guru mode.
        private static bool IsShortOptionClusterWithGuru(string word)
        {
            if (word.Length < 2 || word[0] != '-' || word[1] == '-') return false;
            for (int i = 1; i < word.Length; i++)
            {
                char c = word[i];
                if (c == 'g') return true;
                if ("DIRrmoxcepSsBbd".IndexOf(c) >= 0) return false;
                if (!char.IsLetterOrDigit(c)) return false;
            }
            return false;
        }

        private static string[] SafeReadLines(string path)
        {
            try { return File.ReadAllLines(path); }
            catch (IOException) { return Array.Empty<string>(); }
            catch (UnauthorizedAccessException) { return Array.Empty<string>(); }
        }
    }
}
