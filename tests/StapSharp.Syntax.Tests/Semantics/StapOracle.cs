using System;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace StapSharp.Syntax.Tests.Semantics
{
    /// <summary>
    /// Runs the real <c>stap -p2</c> (never a later pass) on a script and caches its exit code and output under the
    /// temp directory, keyed by a hash of the script text and arguments, so reruns cost nothing. Tests skip when
    /// stap is not installed and nothing is cached.
    /// </summary>
    internal static class StapOracle
    {
        private const string KernelRelease = "6.1.0-56-amd64";
        private static readonly string s_cacheDirectory = Path.Combine(Path.GetTempPath(), "stapsharp-stap-p2-cache");
        private static readonly Lazy<bool> s_installed = new(() => File.Exists("/usr/bin/stap") || File.Exists("/usr/local/bin/stap"));

        public static bool IsInstalled => s_installed.Value;

        /// <summary>The result of <c>stap -r 6.1.0-56-amd64 -p2 FILE</c>, or null when stap is unavailable and nothing is cached.</summary>
        public static StapResult? RunPass2(string path)
        {
            string text = File.ReadAllText(path);
            string arguments = "-r " + KernelRelease + " -p2";
            string key = Hash(arguments + "\n" + Path.GetFileName(path) + "\n" + text);
            string cacheFile = Path.Combine(s_cacheDirectory, key + ".txt");
            if (File.Exists(cacheFile)) return StapResult.Parse(File.ReadAllText(cacheFile));
            if (!IsInstalled) return null;

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
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            var result = new StapResult(process.ExitCode, stdoutTask.Result, stderrTask.Result);
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
