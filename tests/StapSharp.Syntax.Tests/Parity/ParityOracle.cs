using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.Parity
{
    /// <summary>
    /// stap's verdicts on the parity cases (tests/parity), cached in tests/parity/StapCache exactly as eng/stap-parity.sh
    /// caches them (and as StapOracle keys its -p2 cache): the first 32 hex digits of
    /// sha256("stap VERSION OPTIONS\nFILENAME\nTEXT"); the file holds the exit code, the separator and stap's error lines.
    /// </summary>
    internal static class ParityOracle
    {
        public const string StapVersion = "4.8";
        private const string Separator = "\n--8<-- stderr --8<--\n";

        public static string ParityDirectory { get; } = FindParityDirectory();

        private static string CacheDirectory => Path.Combine(ParityDirectory, "StapCache");

        public static string KeyOf(string options, string path)
        {
            byte[] text = File.ReadAllBytes(path);
            byte[] header = Encoding.UTF8.GetBytes("stap " + StapVersion + " " + options + "\n" + Path.GetFileName(path) + "\n");
            using var sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(header.Concat(text).ToArray());
            return string.Concat(hash.Take(16).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
        }

        public static bool IsCached(string options, string path) => File.Exists(Path.Combine(CacheDirectory, KeyOf(options, path) + ".txt"));

        /// <summary>The cached verdict, or stap's verdict now (cached for next time) when stap is installed.</summary>
        /// <param name="options">stap's pass option (-p1, -p2).</param>
        /// <param name="path">The case.</param>
        /// <param name="live">True to run stap even when a verdict is cached (the cache is not touched then).</param>
        public static ParityVerdict Run(string options, string path, bool live = false)
        {
            string cacheFile = Path.Combine(CacheDirectory, KeyOf(options, path) + ".txt");
            if (live) cacheFile = Path.Combine(Path.GetTempPath(), "stapsharp-parity-" + KeyOf(options, path) + "-" + Environment.ProcessId + ".txt");
            if (live || !File.Exists(cacheFile))
            {
                var start = new ProcessStartInfo("stap")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                    WorkingDirectory = Path.GetDirectoryName(path)!,
                };
                string release = Prerequisites.RequireKernel().Release;
                foreach (string argument in new[] { "-r", release, options, Path.GetFileName(path) }) start.ArgumentList.Add(argument);
                using var process = Process.Start(start)!;
                var stdout = process.StandardOutput.ReadToEndAsync();
                string stderr = process.StandardError.ReadToEnd();
                process.WaitForExit();
                _ = stdout.Result;
                var kept = stderr.Split('\n').Where(l => Regex.IsMatch(l, "error|saw:|Input file|no probes found")).Take(20)
                    .Select(l => l.Replace(release, "RELEASE"));
                Directory.CreateDirectory(CacheDirectory);
                File.WriteAllText(cacheFile, process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n" + Separator + string.Join("\n", kept) + "\n");
            }
            string cached = File.ReadAllText(cacheFile);
            if (live) File.Delete(cacheFile);
            int newline = cached.IndexOf('\n');
            int separator = cached.IndexOf(Separator, StringComparison.Ordinal);
            return new ParityVerdict(int.Parse(cached.Substring(0, newline), System.Globalization.CultureInfo.InvariantCulture),
                cached.Substring(separator + Separator.Length));
        }

        private static string FindParityDirectory([CallerFilePath] string thisFile = "")
        {
            foreach (string start in new[] { Path.GetDirectoryName(thisFile)!, Environment.CurrentDirectory, AppContext.BaseDirectory })
            {
                for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
                {
                    string candidate = Path.Combine(directory.FullName, "tests", "parity");
                    if (Directory.Exists(candidate)) return candidate;
                }
            }
            throw new DirectoryNotFoundException("tests/parity not found above " + thisFile);
        }
    }

    /// <summary>stap's exit code and error lines on one case.</summary>
    internal sealed record ParityVerdict(int ExitCode, string Errors)
    {
        /// <summary>The line of stap's first "saw: ... at FILE:LINE:COL", or null when it names none (an empty file, EOF).</summary>
        public int? FirstErrorLine(string fileName)
        {
            var match = Regex.Match(Errors, " at " + Regex.Escape(fileName) + @":(\d+):");
            return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        }
    }
}
