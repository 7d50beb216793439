using System;
using System.Threading;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>The context of a syntax-node action: the node, its tree and (when the run has a compilation) its semantic model.</summary>
    public sealed class SyntaxNodeAnalysisContext
    {
        private readonly Action<Diagnostic> _report;

        internal SyntaxNodeAnalysisContext(StapSyntaxNode node, SemanticModel? semanticModel, StapCompilation? compilation, AnalysisOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            Node = node;
            SemanticModel = semanticModel;
            Compilation = compilation;
            Options = options;
            _report = report;
            CancellationToken = cancellationToken;
        }

        /// <summary>The node the action was registered for.</summary>
        public StapSyntaxNode Node { get; }

        /// <summary>The tree of <see cref="Node"/>.</summary>
        public StapSyntaxTree SyntaxTree => Node.SyntaxTree;

        /// <summary>The semantic model of the tree, or null when the run analyzes syntax trees only.</summary>
        public SemanticModel? SemanticModel { get; }

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
