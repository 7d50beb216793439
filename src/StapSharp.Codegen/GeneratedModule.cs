using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace StapSharp.Codegen
{
    /// <summary>The output of <see cref="ModuleGenerator"/>: the C and Kbuild files of one kernel module.</summary>
    public sealed class GeneratedModule
    {
        internal GeneratedModule(string moduleName, ImmutableArray<GeneratedFile> files, ImmutableArray<Diagnostic> diagnostics)
        {
            ModuleName = moduleName;
            Files = files;
            Diagnostics = diagnostics;
        }

        /// <summary>The kernel module name (the <c>.ko</c> is <c>ModuleName.ko</c>).</summary>
        public string ModuleName { get; }

        /// <summary>The generated files; empty when generation failed.</summary>
        public ImmutableArray<GeneratedFile> Files { get; }

        /// <summary>The STP3xxx diagnostics.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>True when no diagnostic is an error (the files are then complete).</summary>
        public bool Success => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

        /// <summary>The name of the main C file (<c>MODULE_src.c</c>).</summary>
        public string SourceFileName => ModuleName + "_src.c";

        /// <summary>Returns the file with the given relative path, or null.</summary>
        /// <param name="relativePath">The relative path.</param>
        /// <returns>The file, or null.</returns>
        public GeneratedFile? GetFile(string relativePath) => Files.FirstOrDefault(f => f.RelativePath == relativePath);
    }
}
