using System.Collections.Immutable;

namespace StapSharp.Codegen
{
    /// <summary>Immutable options of <see cref="ModuleGenerator"/>.</summary>
    public sealed record ModuleGeneratorOptions
    {
        /// <summary>The default options (module <c>stap_module</c>, the installed SystemTap runtime). The generated C does not depend on the kernel: the target is chosen when <see cref="ModuleBuilder"/> builds it.</summary>
        public static ModuleGeneratorOptions Default { get; } = new();

        /// <summary>The kernel module name: a C identifier of at most 55 characters (stap's <c>-m</c>).</summary>
        public string ModuleName { get; init; } = "stap_module";

        /// <summary>The SystemTap runtime directory the generated C includes (stap's <c>-R</c>).</summary>
        public string RuntimePath { get; init; } = "/usr/share/systemtap/runtime";

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
