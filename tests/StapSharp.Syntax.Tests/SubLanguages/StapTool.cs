using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace StapSharp.Syntax.Tests.SubLanguages
{
    /// <summary>
    /// Runs the installed SystemTap translator for cross-checks. Only passes 1 and 2 are ever run
    /// (pass 5 would load a kernel module). Tests using it are skipped when stap or a kernel tree is missing.
    /// </summary>
    internal static class StapTool
    {
        private static readonly Lazy<string?> s_path = new(FindStap);
        private static readonly Lazy<string?> s_kernelRelease = new(FindKernelRelease);

        public static string? SkipReason =>
            s_path.Value is null ? "stap is not installed"
            : s_kernelRelease.Value is null ? "no kernel release under /lib/modules for stap -r"
            : null;

        /// <summary>Runs <c>stap -v -r RELEASE -pPASS FILE</c> and returns its standard error.</summary>
        public static string Run(int pass, string scriptPath)
        {
            if (pass is < 1 or > 2) throw new ArgumentOutOfRangeException(nameof(pass), "Only passes 1 and 2 are safe here.");
            var start = new ProcessStartInfo(s_path.Value!)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[] { "-v", "-r", s_kernelRelease.Value!, "-p" + pass, scriptPath })
                start.ArgumentList.Add(argument);

            using Process process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            string errors = process.StandardError.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("stap did not finish within 120 s");
            }

            output.Wait();
            return errors;
        }

        private static string? FindStap() =>
            (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(directory => Path.Combine(directory, "stap"))
                .FirstOrDefault(File.Exists);

        private static string? FindKernelRelease() =>
            Directory.Exists("/lib/modules")
                ? Directory.GetDirectories("/lib/modules").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).FirstOrDefault()
                : null;
    }

    /// <summary>A fact that is skipped when the real stap cannot be run.</summary>
    public sealed class StapFactAttribute : FactAttribute
    {
        public StapFactAttribute()
        {
            if (StapTool.SkipReason is { } reason) Skip = reason;
        }
    }
}
