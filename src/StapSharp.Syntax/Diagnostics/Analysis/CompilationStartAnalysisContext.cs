using System;
using System.Collections.Immutable;
using System.Threading;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// The context of a compilation-start action: per-run state lives in the closure of the actions registered here,
    /// and <see cref="RegisterCompilationEndAction"/> reports what was gathered.
    /// </summary>
    public sealed class CompilationStartAnalysisContext
    {
        private readonly AnalyzerActions _actions;

        internal CompilationStartAnalysisContext(AnalyzerActions actions, ImmutableArray<StapSyntaxTree> trees, StapCompilation? compilation, AnalysisOptions options, CancellationToken cancellationToken)
        {
            _actions = actions;
            SyntaxTrees = trees;
            Compilation = compilation;
            Options = options;
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

        /// <summary>Runs <paramref name="action"/> for every node of one of <paramref name="kinds"/> in this run.</summary>
        /// <param name="action">The action.</param>
        /// <param name="kinds">The node kinds; at least one.</param>
        public void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, params SyntaxKind[] kinds) =>
            _actions.Add(a => a.NodeActions.Add((AnalysisContext.Check(action), AnalysisContext.CheckKinds(kinds))));

        /// <summary>Runs <paramref name="action"/> once per tree of this run.</summary>
        /// <param name="action">The action.</param>
        public void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
            _actions.Add(a => a.TreeActions.Add(AnalysisContext.Check(action)));

        /// <summary>Runs <paramref name="action"/> once per tree with its semantic model (when there is a compilation).</summary>
        /// <param name="action">The action.</param>
        public void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
            _actions.Add(a => a.SemanticModelActions.Add(AnalysisContext.Check(action)));

        /// <summary>Runs <paramref name="action"/> for every script symbol of one of <paramref name="kinds"/> (when there is a compilation).</summary>
        /// <param name="action">The action.</param>
        /// <param name="kinds">The symbol kinds; at least one.</param>
        public void RegisterSymbolAction(Action<SymbolAnalysisContext> action, params SymbolKind[] kinds) =>
            _actions.Add(a => a.SymbolActions.Add((AnalysisContext.Check(action), AnalysisContext.CheckKinds(kinds))));

        /// <summary>Runs <paramref name="action"/> after every node, tree, model and symbol action of the run.</summary>
        /// <param name="action">The action.</param>
        public void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) =>
            _actions.Add(a => a.CompilationEndActions.Add(AnalysisContext.Check(action)));
    }
}
