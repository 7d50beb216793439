using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace StapSharp.Benchmarks
{
    /// <summary>
    /// The installed SystemTap tapset files (<c>*.stp</c> and <c>*.stpm</c>, all subdirectories), read once.
    /// <c>STAPSHARP_TAPSET_DIR</c> points elsewhere. The files are only read here, never copied into the repository.
    /// </summary>
    public sealed class TapsetCorpus
    {
        /// <summary>Where Debian's systemtap package installs its tapsets.</summary>
        public const string DefaultDirectory = "/usr/share/systemtap/tapset";

        private static readonly Lazy<TapsetCorpus> s_installed = new(() => Load(Directory()));

        private TapsetCorpus(string directory, IReadOnlyList<CorpusFile> files)
        {
            RootDirectory = directory;
            Files = files;
            TotalBytes = files.Sum(f => (long)f.ByteCount);
        }

        /// <summary>The installed corpus (empty when the directory does not exist).</summary>
        public static TapsetCorpus Installed => s_installed.Value;

        /// <summary>The directory that was read.</summary>
        public string RootDirectory { get; }

        /// <summary>The files in ordinal path order.</summary>
        public IReadOnlyList<CorpusFile> Files { get; }

        /// <summary>The size of all files in bytes (UTF-8, as on disk): the numerator of the MB/s figures.</summary>
        public long TotalBytes { get; }

        /// <summary>Reads every tapset file under <paramref name="directory"/>.</summary>
        public static TapsetCorpus Load(string directory)
        {
            if (!System.IO.Directory.Exists(directory)) return new TapsetCorpus(directory, Array.Empty<CorpusFile>());
            CorpusFile[] files = System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(p => p.EndsWith(".stp", StringComparison.Ordinal) || p.EndsWith(".stpm", StringComparison.Ordinal))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p =>
                {
                    byte[] bytes = File.ReadAllBytes(p);
                    return new CorpusFile(Path.GetRelativePath(directory, p), Encoding.UTF8.GetString(bytes), bytes.Length);
                })
                .ToArray();
            return new TapsetCorpus(directory, files);
        }

        private static string Directory() =>
            Environment.GetEnvironmentVariable("STAPSHARP_TAPSET_DIR") is { Length: > 0 } dir ? dir : DefaultDirectory;
    }

    /// <summary>One corpus file: its path relative to the corpus root, its text and its size on disk.</summary>
    public sealed record CorpusFile(string Path, string Text, int ByteCount);
}
