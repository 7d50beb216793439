using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace StapSharp.Syntax.Tests.Semantics.Privilege
{
    /// <summary>
    /// stap's pass-2 verdict (exit code and error lines) on small scripts, cached in TestData/Semantics/StapPrivilegeCache
    /// under a key made of the stap version, the options and the script text: not of the kernel release, since the
    /// verdicts cached here (privilege checks) do not depend on it. The installed stap's version (<c>stap -V</c>) is
    /// used when stap is installed; otherwise the version the checked-in cache was made with (stap-version.txt).
    /// A missing entry runs stap (passes 1 and 2 only) when it is installed.
    /// </summary>
    internal static class StapVerdictCache
    {
        private static readonly string s_directory = TestDataPaths.Get("StapPrivilegeCache");
        private static readonly Lazy<string?> s_stap = new(FindStap);
        private static readonly Lazy<string?> s_version = new(ReadVersion);

        /// <summary>The stap executable, or null when stap is not installed.</summary>
        public static string? Stap => s_stap.Value;

        /// <summary>The version the keys use, or null when neither stap nor a cache is there.</summary>
        public static string? Version => s_version.Value;

        /// <summary>True when the verdict is cached or can be made now.</summary>
        public static bool IsAvailable(string options, string script) =>
            Stap is not null || (Version is not null && File.Exists(PathOf(options, script)));

        /// <summary>The verdict of <c>stap -p2 OPTIONS -e SCRIPT</c>, from the cache or from stap; null when neither can give it.</summary>
        public static StapVerdict? Get(string options, string script)
        {
            if (Version is null) return null;
            string path = PathOf(options, script);
            if (File.Exists(path)) return StapVerdict.Parse(File.ReadAllText(path));
            if (Stap is null) return null;

            var verdict = Run(options, script);
            Directory.CreateDirectory(s_directory);
            File.WriteAllText(path, verdict.Serialize());
            File.WriteAllText(Path.Combine(s_directory, "stap-version.txt"), Version + "\n");
            return verdict;
        }

        private static StapVerdict Run(string options, string script)
        {
            var start = new ProcessStartInfo(Stap!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // -r only to let stap start on a machine whose running kernel has no /lib/modules entry; the verdicts
            // cached here do not depend on which release it is.
            if (KernelRelease() is { } release)
            {
                start.ArgumentList.Add("-r");
                start.ArgumentList.Add(release);
            }

            start.ArgumentList.Add("-p2");
            foreach (string option in options.Split(' ', StringSplitOptions.RemoveEmptyEntries)) start.ArgumentList.Add(option);
            start.ArgumentList.Add("-e");
            start.ArgumentList.Add(script);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            string stderr = process.StandardError.ReadToEnd();
            if (!process.WaitForExit(300_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("stap -p2 did not finish in 5 minutes: " + script);
            }

            _ = stdout.Result;
            var errors = stderr.Split('\n').Where(l => l.Contains("error:", StringComparison.Ordinal)).Select(l => l.Trim());
            return new StapVerdict(process.ExitCode, string.Join("\n", errors));
        }

        private static string? KernelRelease()
        {
            if (!Directory.Exists("/lib/modules")) return null;
            string running = File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : "";
            if (running.Length > 0 && Directory.Exists(Path.Combine("/lib/modules", running))) return running;
            return Directory.GetDirectories("/lib/modules").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).FirstOrDefault();
        }

        private static string PathOf(string options, string script) =>
            Path.Combine(s_directory, Hash(Version + "\n" + options + "\n" + script) + ".txt");

        private static string? FindStap()
        {
            foreach (string candidate in new[] { "/usr/bin/stap", "/usr/local/bin/stap" })
            {
                if (File.Exists(candidate)) return candidate;
            }

            return null;
        }

        private static string? ReadVersion()
        {
            if (Stap is not null)
            {
                var start = new ProcessStartInfo(Stap, "-V") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
                using var process = Process.Start(start)!;
                string text = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                string first = text.Split('\n').FirstOrDefault(l => l.Contains("version", StringComparison.Ordinal)) ?? text;
                return first.Trim();
            }

            string recorded = Path.Combine(s_directory, "stap-version.txt");
            return File.Exists(recorded) ? File.ReadAllText(recorded).Trim() : null;
        }

        private static string Hash(string text)
        {
            byte[] bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text));
            return Convert.ToHexString(bytes, 0, 16).ToLowerInvariant();
        }
    }

    /// <summary>What stap said: its exit code and its error lines.</summary>
    internal sealed record StapVerdict(int ExitCode, string Errors)
    {
        public bool Accepted => ExitCode == 0;

        public string Serialize() => ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n" + Errors + "\n";

        public static StapVerdict Parse(string text)
        {
            int newline = text.IndexOf('\n');
            return new StapVerdict(int.Parse(text.AsSpan(0, newline), System.Globalization.CultureInfo.InvariantCulture), text[(newline + 1)..].TrimEnd('\n'));
        }
    }
}
