using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>The actions one analyzer registered, directly or from a compilation-start action.</summary>
    internal sealed class AnalyzerActions
    {
        private readonly object _gate = new();

        public AnalyzerActions(StapAnalyzer analyzer)
        {
            Analyzer = analyzer;
            SupportedIds = ImmutableHashSet.CreateRange(StringComparer.Ordinal, GetSupportedIds(analyzer));
        }

        public StapAnalyzer Analyzer { get; }

        public ImmutableHashSet<string> SupportedIds { get; }

        public List<(Action<SyntaxNodeAnalysisContext> Action, ImmutableHashSet<SyntaxKind> Kinds)> NodeActions { get; } = new();

        public List<Action<SyntaxTreeAnalysisContext>> TreeActions { get; } = new();

        public List<Action<SemanticModelAnalysisContext>> SemanticModelActions { get; } = new();

        public List<(Action<SymbolAnalysisContext> Action, ImmutableHashSet<SymbolKind> Kinds)> SymbolActions { get; } = new();

        public List<Action<CompilationStartAnalysisContext>> CompilationStartActions { get; } = new();

        public List<Action<CompilationAnalysisContext>> CompilationEndActions { get; } = new();

        /// <summary>Runs <paramref name="add"/> under the lock: start actions of one analyzer may register concurrently with nothing else, but keep it safe.</summary>
        public void Add(Action<AnalyzerActions> add)
        {
            lock (_gate) add(this);
        }

        private static IEnumerable<string> GetSupportedIds(StapAnalyzer analyzer)
        {
            // A throwing SupportedDiagnostics is an analyzer failure; the driver reports it and skips the analyzer.
            foreach (var descriptor in analyzer.SupportedDiagnostics)
                if (descriptor != null) yield return descriptor.Id;
        }
    }
}
