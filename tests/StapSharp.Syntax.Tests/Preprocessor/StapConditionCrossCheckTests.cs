using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using StapSharp.Syntax;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.Preprocessor
{
    /// <summary>
    /// Differential check against the installed stap 4.8 (pass 1 only, never further): each condition must
    /// pick the same branch, or fail in both, for the detected target kernel (its release, arch and .config). Skipped
    /// with the reason when stap or a kernel build tree is missing (a failure in CI).
    /// </summary>
    public class StapConditionCrossCheckTests
    {

        private static readonly string[] s_conditions =
        {
            "kernel_v >= \"5.0\"", "kernel_v < \"6.1\"", "kernel_v > \"6.1.0-rc1\"", "kernel_v == \"6.1*\"",
            "kernel_vr >= \"6.1.0-9-amd64\"", "kernel_vr == \"*-amd64\"", "kernel_v < \"6.*\"",
            "systemtap_v < \"4.10\"", "systemtap_v >= \"4.8\"", "arch == \"x86_*\"", "arch == \"i?86\"", "arch < \"x\"",
            "runtime == \"kernel\"", "systemtap_privilege == \"stap*\"", "guru_mode == 0", "guru_mode == 2",
            "CONFIG_SMP == \"y\"", "CONFIG_SMP == \"[ym]\"", "CONFIG_NR_CPUS > CONFIG_HZ", "CONFIG_SMP < CONFIG_NR_CPUS",
            "CONFIG_HZ == 250", "CONFIG_UNSET_OPTION == 0", "CONFIG_SMP > 1", "CONFIG_SMP == arch",
            "\"abc\" == \"a*\"", "\"a\" < \"b\"", "010 == 10", "0x10 == 16", "1 == \"a\"", "\"a\" == 1", "foo == 1",
            "1 == 0 || 1 == 1 && 1 == 0", "1 == 0 && 1 == 1 || 1 == 1", "CONFIG_SMP", "1 == 1 1",
        };

        [RequiresFact(Needs.Stap | Needs.KernelBuildTree)]
        public void ConditionsPickTheSameBranchAsStap()
        {
            Prerequisites.Require(Needs.Stap | Needs.KernelBuildTree);
            KernelTarget kernel = Prerequisites.Kernel!;
            var options = StapParseOptions.Default.WithKernelTarget(kernel);
            var expected = new string[s_conditions.Length];
            Parallel.For(0, s_conditions.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => expected[i] = RunStap(kernel.Release, s_conditions[i]));
            var mismatches = new List<string>();
            for (int i = 0; i < s_conditions.Length; i++)
            {
                string actual = Ours(options, s_conditions[i]);
                if (actual != expected[i]) mismatches.Add($"{s_conditions[i]}: stap {expected[i]}, StapSharp {actual}");
            }
            Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        }

        private static string Script(string condition) => "%( " + condition + " %? probe begin {} %: probe end {} %)";

        private static string Ours(StapParseOptions options, string condition)
        {
            string text = Script(condition);
            if (PreprocessorTestHelpers.Errors(text, options).Any(d => d.Code.ToString().StartsWith("ERR_"))) return "error";
            return PreprocessorTestHelpers.Active(text, options).Contains("begin") ? "yes" : "no";
        }

        private static string RunStap(string release, string condition)
        {
            var start = new ProcessStartInfo(Prerequisites.Stap!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-r", release, "-p1", "-e", Script(condition) }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = stderr.Result;
            if (process.ExitCode != 0) return "error";
            return output.Contains("probe begin") ? "yes" : output.Contains("probe end") ? "no" : "error";
        }
    }
}
