using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace StapSharp.Fuzzing
{
    /// <summary>
    /// Seeds for the script targets: the hand-written scripts in Seeds/ plus small scripts of the installed
    /// SystemTap example and tapset corpora (read at run time, never copied into the repository).
    /// </summary>
    internal static class ScriptSeeds
    {
        // AFL works best from small seeds; the corpora have a long tail of big files.
        private const int MaxSeedBytes = 4096;
        private const int MaxCorpusSeeds = 120;

        public static IEnumerable<string> InstalledCorpusDirectories { get; } = new[]
        {
            "/usr/share/systemtap/examples",
            "/usr/share/systemtap/tapset",
        };

        public static IEnumerable<byte[]> Create()
        {
            foreach (string file in RepositorySeedFiles())
                yield return File.ReadAllBytes(file);
            foreach (string file in CorpusSeedFiles())
                yield return File.ReadAllBytes(file);
        }

        public static IEnumerable<string> RepositorySeedFiles()
        {
            string directory = Path.Combine(AppContext.BaseDirectory, "Seeds");
            return Directory.Exists(directory)
                ? Directory.GetFiles(directory, "*.stp").OrderBy(f => f, StringComparer.Ordinal)
                : Enumerable.Empty<string>();
        }

        /// <summary>Every small .stp of the installed corpora, spread evenly over them (deterministic order).</summary>
        public static IReadOnlyList<string> CorpusSeedFiles()
        {
            var files = InstalledCorpusDirectories
                .Where(Directory.Exists)
                .SelectMany(d => Directory.EnumerateFiles(d, "*.stp", SearchOption.AllDirectories))
                .Where(f => new FileInfo(f).Length is > 0 and <= MaxSeedBytes)
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();
            if (files.Count <= MaxCorpusSeeds)
                return files;
            double step = (double)files.Count / MaxCorpusSeeds;
            return Enumerable.Range(0, MaxCorpusSeeds).Select(i => files[(int)(i * step)]).ToList();
        }
    }
}
