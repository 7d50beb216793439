using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace StapSharp.Codegen.Tests
{
    /// <summary>Real kbuild runs against the installed kernel headers. Nothing is ever loaded on this machine.</summary>
    [Trait("Category", "Kernel")]
    public sealed class ModuleBuilderTests
    {
        public static IEnumerable<object[]> Cases() => GoldenTests.Cases();

        [KernelBuildTheory]
        [MemberData(nameof(Cases))]
        public async Task SampleBuildsIntoAKernelModule(string name)
        {
            ModuleBuildResult result = await KernelModules.BuildAsync(name);
            Assert.True(result.Success, "kbuild failed (" + result.ExitCode + "):\n" + string.Join("\n", result.Diagnostics) + "\n" + Tail(result.Output));
            byte[] ko = File.ReadAllBytes(result.ModulePath!);
            string text = Encoding.ASCII.GetString(ko);
            Assert.Contains("license=GPL", text);
            Assert.Contains("description=systemtap-generated probe", text);
            Assert.Contains("vermagic=" + KernelModules.KernelRelease + " ", text);
            // The task finder stays out (the #undef STAPCONF_UTRACE_VIA_TRACEPOINTS fix): no utrace code in the module.
            Assert.DoesNotContain("utrace_init", text);
        }

        [KernelBuildFact]
        public async Task StapconfHeaderIsCachedPerKernel()
        {
            await KernelModules.BuildAsync("hello");
            string key = StapconfCache.ComputeKey(KernelModules.BuildTree, "/usr/share/systemtap/runtime");
            Assert.True(File.Exists(StapconfCache.Default.PathOf(key)), "the first build should have cached the stapconf header");
            string header = File.ReadAllText(StapconfCache.Default.PathOf(key));
            Assert.Contains("#define STAPCONF_PROC_OPS 1\n", header);
            Assert.Contains("#define STAPCONF_TASK_WORK_ADD_EXPORTED 1\n", header);
            ModuleBuildResult second = await KernelModules.BuildAsync("begin_end");
            Assert.True(second.StapconfFromCache);
        }

        [KernelBuildFact]
        public async Task WithoutTheCacheKbuildRunsTheCompileProbesAndGetsTheSameHeader()
        {
            await KernelModules.BuildAsync("hello");
            string key = StapconfCache.ComputeKey(KernelModules.BuildTree, "/usr/share/systemtap/runtime");
            string cached = File.ReadAllText(StapconfCache.Default.PathOf(key));

            string directory = Path.Combine(KernelModules.OutputRoot, "hello_uncached");
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
            var lines = new List<string>();
            var builder = new ModuleBuilder(ModuleBuildOptions.ForKernel(KernelModules.Kernel).WithStapconfCache(null).WithJobs(2));
            ModuleBuildResult result = await builder.BuildAsync(
                ModuleGenerator.Generate(SampleModules.Hello(), SampleModules.OptionsFor("hello")), directory, new SynchronousProgress(lines));

            Assert.True(result.Success, string.Join("\n", result.Diagnostics) + "\n" + Tail(result.Output));
            Assert.False(result.StapconfFromCache);
            Assert.Equal(cached, File.ReadAllText(Path.Combine(directory, "stapconf.h")));
            Assert.Contains(lines, l => l.StartsWith("make -C " + KernelModules.BuildTree + " M=" + directory + " modules", System.StringComparison.Ordinal));
        }

        /// <summary>Collects progress lines on the reporting thread (Progress&lt;T&gt; would post them later).</summary>
        private sealed class SynchronousProgress(List<string> lines) : System.IProgress<string>
        {
            public void Report(string value)
            {
                lock (lines)
                    lines.Add(value);
            }
        }

        [Fact]
        public void ExportHeaderListsOnlyExportedSymbols()
        {
            string tree = Path.Combine(Path.GetTempPath(), "stapsharp-fake-tree-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(tree);
            try
            {
                File.WriteAllText(Path.Combine(tree, "Module.symvers"),
                    "0x1\tsynchronize_rcu\tvmlinux\tEXPORT_SYMBOL_GPL\t\n" +
                    "0x2\ttask_work_cancel\tvmlinux\t\t\n" +
                    "0x3\tvzalloc\tvmlinux\tEXPORT_SYMBOL\t\n");
                Assert.Equal("#define STAPCONF_SYNCHRONIZE_RCU 1\n#define STAPCONF_VZALLOC 1\n", ModuleBuilder.ExportHeader(tree));
            }
            finally
            {
                Directory.Delete(tree, recursive: true);
            }
        }

        [Fact]
        public async Task MissingBuildTreeIsADiagnostic()
        {
            var builder = new ModuleBuilder(ModuleBuildOptions.Default.WithKernelBuildTree("/nonexistent/build").WithStapconfCache(null));
            GeneratedModule module = ModuleGenerator.Generate(SampleModules.Hello());
            ModuleBuildResult result = await builder.BuildAsync(module, Path.Combine(Path.GetTempPath(), "stapsharp-missing-tree"));
            Assert.False(result.Success);
            Assert.Equal("STP3011", Assert.Single(result.Diagnostics).Id);
        }

        [KernelBuildFact]
        public async Task MissingMakeIsADiagnostic()
        {
            var builder = new ModuleBuilder(ModuleBuildOptions.ForKernel(KernelModules.Kernel).WithStapconfCache(null) with { Make = "/nonexistent/make" });
            ModuleBuildResult result = await builder.BuildAsync(ModuleGenerator.Generate(SampleModules.Hello()), Path.Combine(KernelModules.OutputRoot, "no_make"));
            Assert.False(result.Success);
            Assert.Equal("STP3012", Assert.Single(result.Diagnostics).Id);
        }

        [KernelBuildFact]
        public async Task CancellationStopsMake()
        {
            using var cancellation = new System.Threading.CancellationTokenSource();
            var builder = new ModuleBuilder(ModuleBuildOptions.ForKernel(KernelModules.Kernel).WithStapconfCache(null));
            var progress = new SynchronousProgress(new List<string>());
            Task<ModuleBuildResult> build = builder.BuildAsync(ModuleGenerator.Generate(SampleModules.Hello()), Path.Combine(KernelModules.OutputRoot, "cancelled"), progress, cancellation.Token);
            await Task.Delay(500);
            cancellation.Cancel();
            await Assert.ThrowsAnyAsync<System.OperationCanceledException>(() => build);
        }

        private static string Tail(string output) => string.Join("\n", output.Split('\n').Reverse().Take(40).Reverse());
    }
}
