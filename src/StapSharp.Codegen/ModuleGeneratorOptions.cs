using System.Collections.Immutable;

namespace StapSharp.Codegen
{
    /// <summary>Immutable options of <see cref="ModuleGenerator"/>.</summary>
    public sealed record ModuleGeneratorOptions
    {
        /// <summary>The default options (module <c>stap_module</c>, Debian's runtime and kernel).</summary>
        public static ModuleGeneratorOptions Default { get; } = new();

        /// <summary>The kernel module name: a C identifier of at most 55 characters (stap's <c>-m</c>).</summary>
        public string ModuleName { get; init; } = "stap_module";

        /// <summary>The SystemTap runtime directory the generated C includes (stap's <c>-R</c>).</summary>
        public string RuntimePath { get; init; } = "/usr/share/systemtap/runtime";

        /// <summary>The kernel build tree (stap's <c>-r</c>); used by <see cref="ModuleBuilder"/>, never written into the files.</summary>
        public string KernelBuildTree { get; init; } = "/lib/modules/6.1.0-56-amd64/build";

        /// <summary>Preprocessor definitions (<c>NAME</c> or <c>NAME=VALUE</c>), as stap's <c>-D</c>.</summary>
        public ImmutableArray<string> Defines { get; init; } = ImmutableArray<string>.Empty;

        /// <summary>Guru mode (stap's <c>-g</c>): privileged constructs are allowed.</summary>
        public bool GuruMode { get; init; }

        /// <summary>Returns a copy with another module name.</summary>
        /// <param name="moduleName">The module name.</param>
        /// <returns>The new options.</returns>
        public ModuleGeneratorOptions WithModuleName(string moduleName) => this with { ModuleName = moduleName };

        /// <summary>Returns a copy with another runtime path.</summary>
        /// <param name="runtimePath">The runtime directory.</param>
        /// <returns>The new options.</returns>
        public ModuleGeneratorOptions WithRuntimePath(string runtimePath) => this with { RuntimePath = runtimePath };

        /// <summary>Returns a copy with another kernel build tree.</summary>
        /// <param name="kernelBuildTree">The build tree.</param>
        /// <returns>The new options.</returns>
        public ModuleGeneratorOptions WithKernelBuildTree(string kernelBuildTree) => this with { KernelBuildTree = kernelBuildTree };

        /// <summary>Returns a copy with other <c>-D</c> definitions.</summary>
        /// <param name="defines">The definitions.</param>
        /// <returns>The new options.</returns>
        public ModuleGeneratorOptions WithDefines(ImmutableArray<string> defines) => this with { Defines = defines };

        /// <summary>Returns a copy with guru mode on or off.</summary>
        /// <param name="guruMode">Guru mode.</param>
        /// <returns>The new options.</returns>
        public ModuleGeneratorOptions WithGuruMode(bool guruMode) => this with { GuruMode = guruMode };
    }
}
