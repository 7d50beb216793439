using System;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    /// <summary>Immutable options of <see cref="ModuleBuilder"/>.</summary>
    public sealed record ModuleBuildOptions
    {
        /// <summary>
        /// The default options: the kernel found by <see cref="KernelTarget.Detect()"/> when the build starts, one job
        /// per CPU plus one.
        /// </summary>
        public static ModuleBuildOptions Default { get; } = new();

        /// <summary>Options that build for <paramref name="target"/>: its build tree and architecture.</summary>
        /// <param name="target">The target kernel.</param>
        /// <returns>The options.</returns>
        public static ModuleBuildOptions ForKernel(KernelTarget target) =>
            Default.WithKernelTarget(target ?? throw new ArgumentNullException(nameof(target)));

        /// <summary>
        /// The kernel build tree passed to <c>make -C</c>, or null to build for the kernel that
        /// <see cref="KernelTarget.Detect()"/> finds when the build starts.
        /// </summary>
        public string? KernelBuildTree { get; init; }

        /// <summary>The SystemTap runtime (used for the stapconf cache key).</summary>
        public string RuntimePath { get; init; } = "/usr/share/systemtap/runtime";

        /// <summary>The kernel architecture (<c>ARCH=</c>), or null for the target's.</summary>
        public string? Architecture { get; init; }

        /// <summary>Parallel make jobs (<c>-j</c>).</summary>
        public int Jobs { get; init; } = Environment.ProcessorCount + 1;

        /// <summary>The stapconf cache, or null to run the compile probes on every build.</summary>
        public StapconfCache? StapconfCache { get; init; } = StapconfCache.Default;

        /// <summary>The make executable.</summary>
        public string Make { get; init; } = "make";

        /// <summary>Returns a copy for another kernel build tree.</summary>
        /// <param name="kernelBuildTree">The build tree.</param>
        /// <returns>The new options.</returns>
        public ModuleBuildOptions WithKernelBuildTree(string kernelBuildTree) => this with { KernelBuildTree = kernelBuildTree };

        /// <summary>Returns a copy for another target kernel: its build tree and architecture.</summary>
        /// <param name="target">The target kernel.</param>
        /// <returns>The new options.</returns>
        public ModuleBuildOptions WithKernelTarget(KernelTarget target) =>
            this with
            {
                KernelBuildTree = (target ?? throw new ArgumentNullException(nameof(target))).BuildTree,
                Architecture = target.Architecture,
            };

        /// <summary>Returns a copy with another stapconf cache (null disables caching).</summary>
        /// <param name="cache">The cache.</param>
        /// <returns>The new options.</returns>
        public ModuleBuildOptions WithStapconfCache(StapconfCache? cache) => this with { StapconfCache = cache };

        /// <summary>Returns a copy with another job count.</summary>
        /// <param name="jobs">The number of make jobs.</param>
        /// <returns>The new options.</returns>
        public ModuleBuildOptions WithJobs(int jobs) => this with { Jobs = jobs };

        /// <summary>Returns a copy for another runtime.</summary>
        /// <param name="runtimePath">The runtime directory.</param>
        /// <returns>The new options.</returns>
        public ModuleBuildOptions WithRuntimePath(string runtimePath) => this with { RuntimePath = runtimePath };
    }
}
