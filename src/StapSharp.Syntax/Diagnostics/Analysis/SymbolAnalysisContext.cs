using System;
using System.Threading;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>The context of a symbol action (runs only when the run has a compilation).</summary>
    public sealed class SymbolAnalysisContext
    {
        private readonly Action<Diagnostic> _report;

        internal SymbolAnalysisContext(Symbol symbol, StapCompilation? compilation, AnalysisOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            Symbol = symbol;
            Compilation = compilation;
            Options = options;
            _report = report;
            CancellationToken = cancellationToken;
        }

        /// <summary>The script symbol: a global, function or probe declared in one of the analyzed trees.</summary>
        public Symbol Symbol { get; }

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
