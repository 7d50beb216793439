using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;

namespace StapSharp.Semantics
{
    /// <summary>
    /// stap's tapset directory rules. For every tapset root (the installed one first, then each <c>-I</c> directory)
    /// it searches, most specific first, for kernel release <c>6.1.0-N-amd64</c> and architecture <c>x86_64</c>:
    /// <c>linux/6.1.0-N-amd64/x86_64</c>, <c>linux/6.1.0-N-amd64</c>, <c>linux/6.1.0/x86_64</c>, <c>linux/6.1.0</c>,
    /// <c>linux/6.1/x86_64</c>, <c>linux/6.1</c>, <c>linux/x86_64</c>, <c>linux</c>, then the same list without the
    /// <c>linux/</c> runtime prefix, ending with the root itself (observed with strace on stap 4.8).
    /// Every <c>.stpm</c> macro file of every directory is read before any <c>.stp</c> file.
    /// </summary>
    internal static class TapsetSearchPath
    {
        /// <summary>The directory stap installs its tapsets in.</summary>
        public const string DefaultRoot = "/usr/share/systemtap/tapset";

        /// <summary>The candidate directories for one tapset root, most specific first (existing or not).</summary>
        public static ImmutableArray<string> GetCandidateDirectories(string root, string kernelRelease, string architecture, string runtime)
        {
            var suffixes = GetVersionSuffixes(kernelRelease, architecture);
            var builder = ImmutableArray.CreateBuilder<string>();
            string runtimePrefix = GetRuntimeDirectory(runtime);
            foreach (string prefix in new[] { runtimePrefix, string.Empty })
            {
                foreach (string suffix in suffixes)
                {
                    string relative = Combine(prefix, suffix);
                    builder.Add(relative.Length == 0 ? root : Path.Combine(root, relative));
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>
        /// The library files under the given roots in stap's reading order: all macro files (<c>.stpm</c>), then all
        /// script files (<c>.stp</c>), each group in directory order and by ordinal file name inside a directory.
        /// </summary>
        public static ImmutableArray<string> EnumerateFiles(IEnumerable<string> roots, string kernelRelease, string architecture, string runtime)
        {
            var directories = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string root in roots)
            {
                foreach (string directory in GetCandidateDirectories(root, kernelRelease, architecture, runtime))
                {
                    if (seen.Add(directory) && Directory.Exists(directory)) directories.Add(directory);
                }
            }

            var files = ImmutableArray.CreateBuilder<string>();
            foreach (string extension in new[] { "*.stpm", "*.stp" })
            {
                foreach (string directory in directories)
                {
                    string[] names;
                    try
                    {
                        names = Directory.GetFiles(directory, extension, SearchOption.TopDirectoryOnly);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        continue;
                    }

                    Array.Sort(names, StringComparer.Ordinal);
                    foreach (string name in names)
                    {
                        // "*.stp" also matches "*.stpm" on some platforms' pattern rules; keep the groups apart.
                        if (extension == "*.stp" && !name.EndsWith(".stp", StringComparison.Ordinal)) continue;
                        files.Add(name);
                    }
                }
            }

            return files.ToImmutable();
        }

        private static List<string> GetVersionSuffixes(string kernelRelease, string architecture)
        {
            var suffixes = new List<string>();
            void AddVersion(string version)
            {
                if (version.Length == 0 || suffixes.Contains(version)) return;
                suffixes.Add(Combine(version, architecture));
                suffixes.Add(version);
            }

            AddVersion(kernelRelease);
            int dash = kernelRelease.IndexOf('-');
            string kernelVersion = dash >= 0 ? kernelRelease.Substring(0, dash) : kernelRelease;
            AddVersion(kernelVersion);
            int lastDot = kernelVersion.LastIndexOf('.');
            if (lastDot > 0) AddVersion(kernelVersion.Substring(0, lastDot));
            if (architecture.Length > 0) suffixes.Add(architecture);
            suffixes.Add(string.Empty);
            return suffixes;
        }

        private static string GetRuntimeDirectory(string runtime) => runtime switch
        {
            "dyninst" => "dyninst",
            "bpf" => "bpf",
            _ => "linux",
        };

        private static string Combine(string first, string second) =>
            first.Length == 0 ? second : second.Length == 0 ? first : first + "/" + second;
    }
}
