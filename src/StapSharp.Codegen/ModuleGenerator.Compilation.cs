using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using StapSharp.Codegen.Lowering;
using StapSharp.Semantics;

namespace StapSharp.Codegen
{
    public static partial class ModuleGenerator
    {
        /// <summary>
        /// Lowers a compilation to IR and generates its module files. A compilation with errors, or one that uses
        /// constructs code generation does not support yet (STP302x), yields no files and those diagnostics;
        /// warnings of the compilation are passed through with the files.
        /// </summary>
        /// <param name="compilation">The bound scripts.</param>
        /// <param name="options">Module name, runtime path and defines; <see cref="ModuleGeneratorOptions.Default"/> when null.</param>
        /// <param name="cancellationToken">Cancels the operation.</param>
        /// <returns>The generated files, or the diagnostics explaining why there are none.</returns>
        public static GeneratedModule Generate(StapCompilation compilation, ModuleGeneratorOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (compilation is null)
                throw new ArgumentNullException(nameof(compilation));
            options ??= ModuleGeneratorOptions.Default;
            // stap's end-of-run printing of globals that are written but never read.
            compilation = GlobalDisplay.AddDisplayProbes(compilation, cancellationToken);
            Lowerer.Result lowered = Lowerer.Lower(compilation, cancellationToken);
            if (lowered.Module is null)
                return new GeneratedModule(options.ModuleName, ImmutableArray<GeneratedFile>.Empty, lowered.Diagnostics);

            GeneratedModule generated = Generate(lowered.Module, options, cancellationToken);
            ImmutableArray<Diagnostic> diagnostics = lowered.Diagnostics.AddRange(generated.Diagnostics);
            return diagnostics.IsEmpty
                ? generated
                : new GeneratedModule(generated.ModuleName, generated.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ImmutableArray<GeneratedFile>.Empty : generated.Files, diagnostics);
        }
    }
}
