using System;
using System.Collections.Immutable;
using System.Threading;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>The context of a compilation(-end) action: runs once per analysis run, after the other actions.</summary>
    public sealed class CompilationAnalysisContext
    {
        private readonly Action<Diagnostic> _report;

        internal CompilationAnalysisContext(ImmutableArray<StapSyntaxTree> trees, StapCompilation? compilation, AnalysisOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            SyntaxTrees = trees;
            Compilation = compilation;
            Options = options;
            _report = report;
            CancellationToken = cancellationToken;
        }

        /// <summary>The trees analyzed in this run.</summary>
        public ImmutableArray<StapSyntaxTree> SyntaxTrees { get; }

        /// <summary>The compilation, or null when the run analyzes syntax trees only.</summary>
        public StapCompilation? Compilation { get; }

        /// <summary>The options of the run.</summary>
        public AnalysisOptions Options { get; }

        /// <summary>Cancels the run.</summary>
        public CancellationToken CancellationToken { get; }

        /// <summary>Reports a diagnostic; its id must be one of the analyzer's <see cref="StapAnalyzer.SupportedDiagnostics"/>.</summary>
        /// <param name="diagnostic">The diagnostic.</param>
        public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic ?? throw new ArgumentNullException(nameof(diagnostic)));
    }
}
