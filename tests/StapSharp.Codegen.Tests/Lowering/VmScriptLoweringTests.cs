using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using StapSharp.Semantics;
using StapSharp.Syntax;
using static StapSharp.Codegen.Tests.Lowering.LoweringTestHelpers;

namespace StapSharp.Codegen.Tests.Lowering
{
    /// <summary>
    /// The end-to-end proof of the lowering: every script of tests/vm-scripts that the lowering supports, plus
    /// samples/hello.stp, is compiled by StapSharp (syntax, semantics, lowering, C, kbuild) into a .ko, all are run in
    /// one QEMU boot (staprun in the guest), and each one's stdout, stderr, exit code and time-out must equal the
    /// checked-in expectations, which stap 4.8's own modules match. Never loads anything on the host.
    /// </summary>
    public sealed class VmScriptLoweringTests
    {
        /// <summary>Scripts the lowering cannot compile yet, with the reason; the test checks they still fail.</summary>
        public static readonly IReadOnlyDictionary<string, string> Unsupported = new Dictionary<string, string>
        {
        };

        public static IEnumerable<object[]> SupportedScripts() =>
            VmScripts().Where(s => !Unsupported.ContainsKey(s)).Select(s => new object[] { s });

        private static IEnumerable<string> VmScripts() =>
            Directory.GetFiles(VmScriptsDirectory, "*.stp").Select(p => Path.GetFileNameWithoutExtension(p)).OrderBy(s => s, StringComparer.Ordinal);

        [Theory]
        [MemberData(nameof(SupportedScripts))]
        public void Supported_vm_script_generates_a_module(string name)
        {
            GeneratedModule generated = Generate(Path.Combine(VmScriptsDirectory, name + ".stp"), ModuleNameOf(name));
            Assert.True(generated.Success, string.Join("\n", generated.Diagnostics));
            Assert.NotNull(generated.GetFile(generated.SourceFileName));
        }

        [Fact]
        public void Every_unsupported_vm_script_is_listed_with_the_error_it_gets()
        {
            foreach (var (name, reason) in Unsupported)
            {
                GeneratedModule generated = Generate(Path.Combine(VmScriptsDirectory, name + ".stp"), ModuleNameOf(name));
                Assert.False(generated.Success, name + " now lowers: move it out of Unsupported");
                string id = reason.Substring(reason.LastIndexOf("STP", StringComparison.Ordinal));
                Assert.Contains(generated.Diagnostics, d => d.Id == id);
            }

            Assert.All(Unsupported.Keys, name => Assert.Contains(name, VmScripts()));
        }

        [QemuFact]
        [Trait("Category", "Kernel")]
        [Trait("Category", "Vm")]
        public async Task Lowered_vm_scripts_and_hello_print_exactly_their_expected_output_in_the_guest()
        {
            var cases = VmScripts().Where(s => !Unsupported.ContainsKey(s))
                .Select(s => (Name: s, Script: Path.Combine(VmScriptsDirectory, s + ".stp"), Expected: Path.Combine(VmScriptsDirectory, s)))
                .ToList();
            cases.Add(("hello", Path.Combine(QemuRunTests.RepositoryRoot(), "samples", "hello.stp"), ""));

            string root = Path.Combine(KernelModules.OutputRoot, "lowering");
            if (Directory.Exists(root))
                Directory.Delete(root, recursive: true);
            var builder = new ModuleBuilder(ModuleBuildOptions.ForKernel(KernelModules.Kernel).WithJobs(2));
            var arguments = new List<string> { Path.Combine(QemuRunTests.RepositoryRoot(), "eng", "vm", "run-modules.sh"), "--out", Path.Combine(root, "vm") };
            foreach (var c in cases)
            {
                GeneratedModule generated = Generate(c.Script, ModuleNameOf(c.Name));
                Assert.True(generated.Success, c.Name + ":\n" + string.Join("\n", generated.Diagnostics));
                ModuleBuildResult build = await builder.BuildAsync(generated, Path.Combine(root, c.Name));
                Assert.True(build.Success, c.Name + ": kbuild failed\n" + string.Join("\n", build.Diagnostics));
                var header = VmHeader(c.Script);
                arguments.Add("--timeout");
                arguments.Add(header.GetValueOrDefault("timeout", "30"));
                if (header.TryGetValue("while", out string? companion))
                {
                    // run-modules.sh puts this module's own name (lw_NAME) for $MODULE.
                    arguments.Add("--while");
                    arguments.Add(companion);
                }

                arguments.Add("--ko");
                arguments.Add(build.ModulePath!);
            }

            var (exitCode, output) = await RunAsync("bash", arguments);
            Assert.True(exitCode == 0, "run-modules.sh failed (" + exitCode + "):\n" + output);

            var failures = new List<string>();
            foreach (var c in cases)
            {
                string job = ModuleNameOf(c.Name);
                var header = VmHeader(c.Script);
                string expectedOut = c.Expected.Length == 0 ? "hello, world!\n" : ReadOrEmpty(c.Expected + ".out");
                string expectedErr = c.Expected.Length == 0 ? "" : ReadOrEmpty(c.Expected + ".err");
                string result = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT " + job + " ", StringComparison.Ordinal)) ?? "(no RESULT line)";
                string actualOut = ReadOrEmpty(Path.Combine(root, "vm", "jobs", job + ".out"));
                string actualErr = ReadOrEmpty(Path.Combine(root, "vm", "jobs", job + ".err"));
                bool matches = actualOut == expectedOut && actualErr == expectedErr
                    && result.Contains(" rc=" + header.GetValueOrDefault("rc", "0") + " ", StringComparison.Ordinal)
                    && result.Contains(" timedout=" + header.GetValueOrDefault("timedout", "0") + " ", StringComparison.Ordinal)
                    && result.Contains(" lsmod=empty", StringComparison.Ordinal);
                if (!matches)
                    failures.Add(c.Name + ": " + result + "\n  expected out: " + Escape(expectedOut) + "\n  actual out:   " + Escape(actualOut)
                        + "\n  expected err: " + Escape(expectedErr) + "\n  actual err:   " + Escape(actualErr));
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }

        private static string ModuleNameOf(string script) => "lw_" + script;

        private static GeneratedModule Generate(string scriptPath, string moduleName)
        {
            // `// vm: guru=1`: the script has embedded C of its own, built with stap -g (eng/vm/build-stp.sh) and guru mode here.
            bool guru = VmHeader(scriptPath).GetValueOrDefault("guru", "0") == "1";
            // Compiled as "NAME.stp", as eng/vm/build-stp.sh compiles it for stap, so runtime errors name the same place.
            var tree = StapSyntaxTree.ParseText(File.ReadAllText(scriptPath), StapParseOptions.Default.WithGuruMode(guru), path: Path.GetFileName(scriptPath));
            var compilation = StapCompilation.Create(new[] { tree }, StapCompilationOptions.Default.WithGuruMode(guru));
            return ModuleGenerator.Generate(compilation, new ModuleGeneratorOptions { ModuleName = moduleName });
        }

        /// <summary>The <c>// vm: key=value ...</c> header of a script (rc, timeout, timedout, and while="command with spaces").</summary>
        private static Dictionary<string, string> VmHeader(string scriptPath)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string line in File.ReadLines(scriptPath).TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal) || l.StartsWith("#", StringComparison.Ordinal)))
            {
                string text = line.TrimStart('/', '#', ' ');
                if (!text.StartsWith("vm:", StringComparison.Ordinal))
                    continue;
                text = text.Substring(3);
                int quoted = text.IndexOf("while=\"", StringComparison.Ordinal);
                int close = quoted < 0 ? -1 : text.IndexOf('"', quoted + 7);
                if (close > 0)
                {
                    values["while"] = text.Substring(quoted + 7, close - quoted - 7);
                    text = text.Substring(0, quoted) + text.Substring(close + 1);
                }

                foreach (string pair in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    int equals = pair.IndexOf('=');
                    if (equals > 0)
                        values[pair.Substring(0, equals)] = pair.Substring(equals + 1);
                }
            }

            return values;
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
    }
}
