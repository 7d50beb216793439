using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading.Tasks;

namespace StapSharp.Codegen.Tests
{
    /// <summary>Builds each sample into a .ko once per test run (kbuild is slow); shared by the build and VM tests.</summary>
    internal static class KernelModules
    {
        public const string KernelRelease = "6.1.0-56-amd64";
        public static readonly string BuildTree = "/lib/modules/" + KernelRelease + "/build";
        private static readonly ConcurrentDictionary<string, Lazy<Task<ModuleBuildResult>>> s_builds = new();

        /// <summary>Why kernel builds cannot run here, or null.</summary>
        public static string? SkipReason
        {
            get
            {
                if (!File.Exists(Path.Combine(BuildTree, "Makefile")))
                    return "kernel headers missing: " + BuildTree + " (apt-get install linux-headers-" + KernelRelease + ")";
                if (!File.Exists("/usr/share/systemtap/runtime/runtime.h"))
                    return "SystemTap runtime missing: /usr/share/systemtap/runtime (apt-get install systemtap-runtime)";
                if (!File.Exists("/usr/bin/make"))
                    return "make is not installed";
                return null;
            }
        }

        public static string OutputRoot => Path.Combine(Path.GetTempPath(), "stapsharp-codegen-tests");

        public static Task<ModuleBuildResult> BuildAsync(string name) =>
            s_builds.GetOrAdd(name, n => new Lazy<Task<ModuleBuildResult>>(() => BuildNowAsync(n))).Value;

        private static async Task<ModuleBuildResult> BuildNowAsync(string name)
        {
            var (_, module, _) = SampleModules.Get(name);
            GeneratedModule generated = ModuleGenerator.Generate(module, SampleModules.OptionsFor(name));
            if (!generated.Success)
                throw new InvalidOperationException(string.Join("\n", generated.Diagnostics));
            string directory = Path.Combine(OutputRoot, name);
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
            var builder = new ModuleBuilder(ModuleBuildOptions.Default.WithKernelBuildTree(BuildTree).WithJobs(2));
            return await builder.BuildAsync(generated, directory).ConfigureAwait(false);
        }
    }

    /// <summary>A fact that needs the kernel headers; skipped with the reason when they are missing.</summary>
    public sealed class KernelBuildFactAttribute : FactAttribute
    {
        public KernelBuildFactAttribute()
        {
            Skip = KernelModules.SkipReason;
        }
    }

    /// <summary>A theory that needs the kernel headers.</summary>
    public sealed class KernelBuildTheoryAttribute : TheoryAttribute
    {
        public KernelBuildTheoryAttribute()
        {
            Skip = KernelModules.SkipReason;
        }
    }
}
