using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.Syntax
{
    /// <summary>
    /// Runs the real <c>stap -p1</c> (parse only; never a later pass) and caches its result by script content and
    /// arguments, so reruns of the differential tests are fast.
    /// </summary>
    internal static class StapPassOne
    {
        public const string ExamplesDirectory = "/usr/share/systemtap/examples";

        public static string CacheDirectory { get; } = Path.Combine(Path.GetTempPath(), "stapsharp-tests", "stap-p1-cache");

        /// <summary>Dummy command-line arguments for scripts that use <c>$1</c>/<c>@1</c>/<c>$#</c> (as stap's own tests do).</summary>
        public static string[] ArgumentsFor(string script) =>
            Regex.IsMatch(script, @"[$@][0-9#]") ? Enumerable.Repeat("1", 9).ToArray() : Array.Empty<string>();

        /// <summary>Exit code and the parse-tree dump (with the <c># file</c> line removed) of <paramref name="script"/>.</summary>
        public static (int exitCode, string output) Run(string script, string[] arguments)
        {
            var key = Hash(script + "\0" + string.Join("\0", arguments));
            Directory.CreateDirectory(CacheDirectory);
            var cached = Path.Combine(CacheDirectory, key + ".txt");
            if (File.Exists(cached))
            {
                var text = File.ReadAllText(cached);
                int newline = text.IndexOf('\n');
                return (int.Parse(text.Substring(0, newline)), text.Substring(newline + 1));
            }

            var scriptPath = Path.Combine(CacheDirectory, key + ".stp");
            File.WriteAllText(scriptPath, script);
            var start = new ProcessStartInfo(Prerequisites.Stap!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-r", Prerequisites.Kernel!.Release, "-p1", scriptPath }.Concat(arguments))
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = stderr.Result;
            File.Delete(scriptPath);
            var output = string.Join("\n", stdout.Split('\n').Where(line => !line.StartsWith("# file ", StringComparison.Ordinal)));
            File.WriteAllText(cached, process.ExitCode + "\n" + output);
            return (process.ExitCode, output);
        }

        private static string Hash(string text)
        {
            using var sha = SHA256.Create();
            return Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(text)));
        }
    }
}
