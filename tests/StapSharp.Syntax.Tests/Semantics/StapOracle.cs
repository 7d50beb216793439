using System;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace StapSharp.Syntax.Tests.Semantics
{
    /// <summary>
    /// Runs the real <c>stap -p2</c> (never a later pass) on a script and caches its verdict (exit code, error lines,
    /// the globals/functions listing) in TestData/Semantics/StapCache, keyed by a hash of the script text and
    /// arguments. The cache is checked in, so the tests are fast and need no stap; a script without a cache entry
    /// runs stap once when it is installed (set STAPSHARP_STAP_REFRESH=1 to rerun every script). Tests skip when
    /// stap is not installed and nothing is cached.
    /// </summary>
    internal static class StapOracle
    {
        /// <summary>The exit code recorded when stap did not finish in time (such scripts are skipped).</summary>
        public const int TimedOutExitCode = -999;

        private const string KernelRelease = "6.1.0-56-amd64";
        private static readonly string s_cacheDirectory = TestDataPaths.Get("StapCache");
        private static readonly bool s_refresh = Environment.GetEnvironmentVariable("STAPSHARP_STAP_REFRESH") == "1";
        private static readonly Lazy<bool> s_installed = new(() => File.Exists("/usr/bin/stap") || File.Exists("/usr/local/bin/stap"));

        public static bool IsInstalled => s_installed.Value;

        /// <summary>The result of <c>stap -r 6.1.0-56-amd64 -p2 FILE</c>, or null when stap is unavailable and nothing is cached.</summary>
        /// <param name="path">The script.</param>
        /// <param name="allowRun">False to use the cache only (stap then is not started for uncached scripts).</param>
        public static StapResult? RunPass2(string path, bool allowRun = true)
        {
            string text = File.ReadAllText(path);
            string arguments = "-r " + KernelRelease + " -p2";
            string key = Hash(arguments + "\n" + Path.GetFileName(path) + "\n" + text);
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
            foreach (string argument in arguments.Split(' ')) start.ArgumentList.Add(argument);
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
            File.WriteAllText(cacheFile, result.Serialize());
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
