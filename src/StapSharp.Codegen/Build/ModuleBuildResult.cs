using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace StapSharp.Codegen
{
    /// <summary>The outcome of <see cref="ModuleBuilder.BuildAsync"/>.</summary>
    public sealed class ModuleBuildResult
    {
        internal ModuleBuildResult(string? modulePath, int exitCode, string output, ImmutableArray<Diagnostic> diagnostics, bool stapconfFromCache, TimeSpan elapsed)
        {
            ModulePath = modulePath;
            ExitCode = exitCode;
            Output = output;
            Diagnostics = diagnostics;
            StapconfFromCache = stapconfFromCache;
            Elapsed = elapsed;
        }

        /// <summary>True when the <c>.ko</c> was produced.</summary>
        public bool Success => ModulePath is not null;

        /// <summary>The full path of the <c>.ko</c>, or null.</summary>
        public string? ModulePath { get; }

        /// <summary>make's exit code (-1 when make did not run).</summary>
        public int ExitCode { get; }

        /// <summary>make's standard output and error, interleaved as received.</summary>
        public string Output { get; }

        /// <summary>Build errors, with compiler errors mapped back to script positions where possible.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>True when the stapconf header came from the cache (no compile probes ran).</summary>
        public bool StapconfFromCache { get; }

        /// <summary>The wall time of the build.</summary>
        public TimeSpan Elapsed { get; }
    }
}
