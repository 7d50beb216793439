using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading.Tasks;
using StapSharp.Syntax;
using StapSharp.Testing;

namespace StapSharp.Codegen.Tests
{
    /// <summary>Builds each sample into a .ko once per test run (kbuild is slow); shared by the build and VM tests.</summary>
    internal static class KernelModules
    {
        /// <summary>The detected target kernel (see <see cref="Prerequisites.Kernel"/>).</summary>
        public static KernelTarget Kernel => Prerequisites.RequireKernel();

        public static string BuildTree => Kernel.BuildTree;

        public static string KernelRelease => Kernel.Release;

        /// <summary>Why kernel builds cannot run here, or null (always null in CI, where they must run).</summary>
        public static string? SkipReason => Prerequisites.SkipReason(Needs.ModuleBuild);

        private static readonly ConcurrentDictionary<string, Lazy<Task<ModuleBuildResult>>> s_builds = new();

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
            Prerequisites.Require(Needs.ModuleBuild);
            var builder = new ModuleBuilder(ModuleBuildOptions.ForKernel(Kernel).WithJobs(2));
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
