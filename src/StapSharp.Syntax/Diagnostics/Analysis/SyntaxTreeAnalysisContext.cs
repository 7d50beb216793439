using System;
using System.Threading;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>The context of a syntax-tree action.</summary>
    public sealed class SyntaxTreeAnalysisContext
    {
        private readonly Action<Diagnostic> _report;

        internal SyntaxTreeAnalysisContext(StapSyntaxTree tree, StapCompilation? compilation, AnalysisOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            SyntaxTree = tree;
            Compilation = compilation;
            Options = options;
            _report = report;
            CancellationToken = cancellationToken;
        }

        /// <summary>The tree being analyzed.</summary>
        public StapSyntaxTree SyntaxTree { get; }

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
