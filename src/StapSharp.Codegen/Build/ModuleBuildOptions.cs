using System;

namespace StapSharp.Codegen
{
    /// <summary>Immutable options of <see cref="ModuleBuilder"/>.</summary>
    public sealed record ModuleBuildOptions
    {
        /// <summary>The default options: Debian's 6.1.0-56 build tree, x86_64, one job per CPU plus one.</summary>
        public static ModuleBuildOptions Default { get; } = new();

        /// <summary>The kernel build tree passed to <c>make -C</c>.</summary>
        public string KernelBuildTree { get; init; } = "/lib/modules/6.1.0-56-amd64/build";

        /// <summary>The SystemTap runtime (used for the stapconf cache key).</summary>
        public string RuntimePath { get; init; } = "/usr/share/systemtap/runtime";

        /// <summary>The kernel architecture (<c>ARCH=</c>).</summary>
        public string Architecture { get; init; } = "x86_64";

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
