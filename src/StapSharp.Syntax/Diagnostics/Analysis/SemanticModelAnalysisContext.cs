using System;
using System.Threading;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>The context of a semantic-model action (runs only when the run has a compilation).</summary>
    public sealed class SemanticModelAnalysisContext
    {
        private readonly Action<Diagnostic> _report;

        internal SemanticModelAnalysisContext(SemanticModel semanticModel, StapCompilation? compilation, AnalysisOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            SemanticModel = semanticModel;
            Compilation = compilation;
            Options = options;
            _report = report;
            CancellationToken = cancellationToken;
        }

        /// <summary>The semantic model of one tree.</summary>
        public SemanticModel SemanticModel { get; }

        /// <summary>The tree of <see cref="SemanticModel"/>.</summary>
        public StapSyntaxTree SyntaxTree => SemanticModel.SyntaxTree;

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
