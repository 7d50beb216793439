using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// Runs <see cref="StapAnalyzer"/>s. The result holds only analyzer diagnostics (plus STP9001 for a failing
    /// analyzer), configured by <see cref="AnalysisOptions"/> and suppression comments, sorted by path, position and id.
    /// </summary>
    public static partial class StapAnalysis
    {
        /// <summary>Runs <paramref name="analyzers"/> over syntax trees only: semantic-model and symbol actions do not run.</summary>
        /// <param name="trees">The trees.</param>
        /// <param name="analyzers">The analyzers.</param>
        /// <param name="options">Severities, warnings as errors, concurrency; null for <see cref="AnalysisOptions.Default"/>.</param>
        /// <param name="cancellationToken">Cancels the run.</param>
        /// <returns>The analyzer diagnostics in deterministic order.</returns>
        [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The agreed API: trees or a compilation, both with optional options and token.")]
        public static Task<ImmutableArray<Diagnostic>> RunAsync(IEnumerable<StapSyntaxTree> trees, ImmutableArray<StapAnalyzer> analyzers, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (trees is null) throw new ArgumentNullException(nameof(trees));
            return RunCoreAsync(trees.ToImmutableArray(), null, analyzers, options ?? AnalysisOptions.Default, cancellationToken);
        }

        /// <summary>Runs <paramref name="analyzers"/> over the script trees of a compilation, with its semantic models and symbols.</summary>
        /// <param name="compilation">The compilation (its library trees are not analyzed).</param>
        /// <param name="analyzers">The analyzers.</param>
        /// <param name="options">Severities, warnings as errors, concurrency; null for <see cref="AnalysisOptions.Default"/>.</param>
        /// <param name="cancellationToken">Cancels the run.</param>
        /// <returns>The analyzer diagnostics in deterministic order.</returns>
        [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The agreed API: trees or a compilation, both with optional options and token.")]
        public static Task<ImmutableArray<Diagnostic>> RunAsync(StapCompilation compilation, ImmutableArray<StapAnalyzer> analyzers, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (compilation is null) throw new ArgumentNullException(nameof(compilation));
            return RunCoreAsync(compilation.SyntaxTrees, compilation, analyzers, options ?? AnalysisOptions.Default, cancellationToken);
        }

        /// <summary>
        /// Applies <paramref name="options"/> and the suppression comments of <paramref name="trees"/> to any diagnostics
        /// (parser, semantic or analyzer ones) and sorts them by path, position and id. Errors that are not configurable
        /// (parser and binder errors, STP9001) pass unchanged.
        /// </summary>
        /// <param name="diagnostics">The diagnostics.</param>
        /// <param name="trees">The trees the diagnostics belong to (for suppression comments).</param>
        /// <param name="options">The options; null for <see cref="AnalysisOptions.Default"/>.</param>
        /// <returns>The configured diagnostics in deterministic order.</returns>
        public static ImmutableArray<Diagnostic> ApplyOptions(IEnumerable<Diagnostic> diagnostics, IEnumerable<StapSyntaxTree> trees, AnalysisOptions? options = null)
        {
            if (diagnostics is null) throw new ArgumentNullException(nameof(diagnostics));
            if (trees is null) throw new ArgumentNullException(nameof(trees));
            return DiagnosticConfiguration.Apply(diagnostics, trees, options ?? AnalysisOptions.Default);
        }

        private static async Task<ImmutableArray<Diagnostic>> RunCoreAsync(ImmutableArray<StapSyntaxTree> trees, StapCompilation? compilation, ImmutableArray<StapAnalyzer> analyzers, AnalysisOptions options, CancellationToken cancellationToken)
        {
            if (analyzers.IsDefaultOrEmpty) return ImmutableArray<Diagnostic>.Empty;
            var driver = new AnalyzerDriver(trees, compilation, analyzers, options, cancellationToken);
            var raw = await driver.RunAsync().ConfigureAwait(false);
            return DiagnosticConfiguration.Apply(raw, trees, options);
        }
    }
}
