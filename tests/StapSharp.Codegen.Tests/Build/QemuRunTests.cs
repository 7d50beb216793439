using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace StapSharp.Codegen.Tests
{
    /// <summary>
    /// Runs the generated modules in QEMU through the VM harness (eng/vm/run-modules.sh: one boot, staprun in the
    /// guest) and compares their output with what the scripts' semantics require. Never loads anything on the host.
    /// </summary>
    [Trait("Category", "Kernel")]
    [Trait("Category", "Vm")]
    public sealed class QemuRunTests
    {
        [QemuFact]
        public async Task GeneratedModulesPrintTheExpectedOutputInAGuestKernel()
        {
            var samples = SampleModules.All().ToList();
            var modules = new List<string>();
            foreach (var (name, _, _) in samples)
            {
                ModuleBuildResult build = await KernelModules.BuildAsync(name);
                Assert.True(build.Success, name + ": kbuild failed\n" + string.Join("\n", build.Diagnostics));
                modules.Add(build.ModulePath!);
            }

            string outDirectory = Path.Combine(KernelModules.OutputRoot, "vm");
            if (Directory.Exists(outDirectory))
                Directory.Delete(outDirectory, recursive: true);
            var arguments = new List<string> { Path.Combine(RepositoryRoot(), "eng", "vm", "run-modules.sh"), "--out", outDirectory };
            for (int i = 0; i < samples.Count; i++)
            {
                // A script without exit() runs until staprun is interrupted: give it a short time limit.
                arguments.Add("--timeout");
                arguments.Add(SampleModules.RunsUntilInterrupted.Contains(samples[i].Name) ? "4" : "30");
                arguments.Add("--ko");
                arguments.Add(modules[i]);
            }
            var (exitCode, output) = await RunAsync("bash", arguments);
            Assert.True(exitCode == 0, "run-modules.sh failed (" + exitCode + "):\n" + output);

            var failures = new List<string>();
            foreach (var (name, _, expected) in samples)
            {
                string job = SampleModules.OptionsFor(name).ModuleName;
                string result = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT " + job + " ", StringComparison.Ordinal)) ?? "(no RESULT line)";
                string actual = ReadOrEmpty(Path.Combine(outDirectory, "jobs", job + ".out"));
                string errors = ReadOrEmpty(Path.Combine(outDirectory, "jobs", job + ".err"));
                string timedOut = SampleModules.RunsUntilInterrupted.Contains(name) ? " timedout=1 " : " timedout=0 ";
                if (actual != expected || !result.Contains(" rc=0 ") || !result.Contains(timedOut) || !result.Contains(" lsmod=empty"))
                    failures.Add(job + ": " + result + "\n  expected: " + Escape(expected) + "\n  actual:   " + Escape(actual) + "\n  stderr:   " + Escape(errors));
            }
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }

        private static string ReadOrEmpty(string path) => File.Exists(path) ? File.ReadAllText(path) : string.Empty;

        private static string Escape(string text) => text.Replace("\n", "\\n");

        private static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments)
        {
            var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string argument in arguments)
                start.ArgumentList.Add(argument);
            using Process process = Process.Start(start)!;
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await stdout + await stderr);
        }

        internal static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
    }

    /// <summary>
    /// A fact that needs kernel headers and the prepared QEMU harness (eng/vm/prepare.sh); skipped with the reason
    /// otherwise, or when STAPSHARP_SKIP_VM=1.
    /// </summary>
    public sealed class QemuFactAttribute : FactAttribute
    {
        public QemuFactAttribute()
        {
            // In CI (STAPSHARP_VM_REQUIRED=1) nothing is skipped: a missing piece fails the test.
            Skip = StapSharp.Testing.Prerequisites.IsRequired ? null : KernelModules.SkipReason ?? QemuSkipReason();
        }

        private static string? QemuSkipReason()
        {
            if (Environment.GetEnvironmentVariable("STAPSHARP_SKIP_VM") == "1")
                return "STAPSHARP_SKIP_VM=1";
            if (!File.Exists(Path.Combine(QemuRunTests.RepositoryRoot(), "eng", "vm", "run-modules.sh")))
                return "the VM harness eng/vm/run-modules.sh is missing";
            if (!File.Exists("/usr/bin/qemu-system-x86_64"))
                return "qemu-system-x86_64 is not installed (eng/vm/prepare.sh installs it)";
            string cache = Environment.GetEnvironmentVariable("STAPSHARP_VM_CACHE")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "stapsharp", "vm");
            if (!File.Exists(Path.Combine(cache, "vm.env")))
                return "the VM is not prepared: run eng/vm/prepare.sh once";
            return null;
        }
    }
}
