using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.SubLanguages
{
    /// <summary>
    /// Runs the installed SystemTap translator for cross-checks. Only passes 1 and 2 are ever run
    /// (pass 5 would load a kernel module). Tests using it are skipped when stap or a kernel tree is missing.
    /// </summary>
    internal static class StapTool
    {
        /// <summary>Runs <c>stap -v -r RELEASE -pPASS FILE</c> and returns its standard error.</summary>
        public static string Run(int pass, string scriptPath)
        {
            if (pass is < 1 or > 2) throw new ArgumentOutOfRangeException(nameof(pass), "Only passes 1 and 2 are safe here.");
            var start = new ProcessStartInfo(Prerequisites.Stap!)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[] { "-v", "-r", Prerequisites.Kernel!.Release, "-p" + pass, scriptPath })
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
    }
}
