using System;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.Semantics
{
    /// <summary>
    /// Runs the real <c>stap -p2</c> (never a later pass) on a script and caches its verdict (exit code, error lines,
    /// the globals/functions listing) in TestData/Semantics/StapCache, keyed by what decides it: the stap version, the
    /// options and the script (name and text), not by a kernel release that may not be installed. The cache is checked
    /// in, so the tests are fast and need no stap; a script without a cache entry runs stap once (for the detected
    /// target kernel) when stap is installed (set STAPSHARP_STAP_REFRESH=1 to rerun every script).
    /// </summary>
    internal static class StapOracle
    {
        /// <summary>The exit code recorded when stap did not finish in time (such scripts are skipped).</summary>
        public const int TimedOutExitCode = -999;

        /// <summary>The stap version whose verdicts the cache holds; a stap of another version refreshes nothing silently.</summary>
        public const string StapVersion = "4.8";
        private const string Options = "-p2";
        private static readonly string s_cacheDirectory = TestDataPaths.Get("StapCache");
        private static readonly bool s_refresh = Environment.GetEnvironmentVariable("STAPSHARP_STAP_REFRESH") == "1";
        /// <summary>Whether stap can be run here (stap and a kernel build tree for its <c>-r</c>).</summary>
        public static bool IsInstalled => Prerequisites.MissingReason(Needs.Stap | Needs.KernelBuildTree) is null;

        /// <summary>The cache key of a script: stap's version, the options, the file name and the text.</summary>
        public static string KeyOf(string path) =>
            Hash("stap " + StapVersion + " " + Options + "\n" + Path.GetFileName(path) + "\n" + File.ReadAllText(path));

        /// <summary>Whether a verdict for <paramref name="path"/> is cached.</summary>
        public static bool IsCached(string path) => File.Exists(Path.Combine(s_cacheDirectory, KeyOf(path) + ".txt"));

        /// <summary>The result of <c>stap -r RELEASE -p2 FILE</c>, or null when stap is unavailable and nothing is cached.</summary>
        /// <param name="path">The script.</param>
        /// <param name="allowRun">False to use the cache only (stap then is not started for uncached scripts).</param>
        public static StapResult? RunPass2(string path, bool allowRun = true)
        {
            string key = KeyOf(path);
            string cacheFile = Path.Combine(s_cacheDirectory, key + ".txt");
            if (File.Exists(cacheFile) && !s_refresh) return StapResult.Parse(File.ReadAllText(cacheFile));
            if (!IsInstalled || !(allowRun || s_refresh)) return null;

            var start = new ProcessStartInfo("stap")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = Path.GetDirectoryName(path)!,
            };
            foreach (string argument in new[] { "-r", Prerequisites.Kernel!.Release, Options }) start.ArgumentList.Add(argument);
            start.ArgumentList.Add(Path.GetFileName(path));
            using var process = Process.Start(start)!;
            var stdoutTask = process.StandardOutput.ReadToEndAsync();
            var stderrTask = process.StandardError.ReadToEndAsync();
            StapResult result;
            if (!process.WaitForExit(300_000))
            {
                // stap -p2 builds tracepoint query modules for kernel.trace probes; on a loaded machine that can take
                // minutes. Remember the timeout so reruns skip the script instead of waiting again.
                process.Kill(entireProcessTree: true);
                result = new StapResult(TimedOutExitCode, "", "timed out");
            }
            else
            {
                result = new StapResult(process.ExitCode, stdoutTask.Result, stderrTask.Result);
            }

            Directory.CreateDirectory(s_cacheDirectory);
            // The verdict must not depend on the machine's kernel ABI: stap's messages name the build tree.
            File.WriteAllText(cacheFile, result.Serialize().Replace(Prerequisites.Kernel!.Release, "RELEASE"));
            return result;
        }

        private static string Hash(string text)
        {
            using var sha = SHA256.Create();
            var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
            var builder = new StringBuilder();
            for (int i = 0; i < 16; i++) builder.Append(bytes[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            return builder.ToString();
        }
    }
}
