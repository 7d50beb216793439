using System;
using System.Collections.Immutable;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>The context an analyzer registers its actions with in <see cref="StapAnalyzer.Initialize"/>.</summary>
    public sealed class AnalysisContext
    {
        private readonly AnalyzerActions _actions;

        internal AnalysisContext(AnalyzerActions actions) => _actions = actions;

        /// <summary>Runs <paramref name="action"/> for every node of one of <paramref name="kinds"/> in every tree.</summary>
        /// <param name="action">The action.</param>
        /// <param name="kinds">The node kinds; at least one.</param>
        public void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, params SyntaxKind[] kinds) =>
            _actions.Add(a => a.NodeActions.Add((Check(action), CheckKinds(kinds))));

        /// <summary>Runs <paramref name="action"/> once per syntax tree.</summary>
        /// <param name="action">The action.</param>
        public void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
            _actions.Add(a => a.TreeActions.Add(Check(action)));

        /// <summary>Runs <paramref name="action"/> once per tree with its semantic model; only when the run has a <see cref="StapCompilation"/>.</summary>
        /// <param name="action">The action.</param>
        public void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
            _actions.Add(a => a.SemanticModelActions.Add(Check(action)));

        /// <summary>
        /// Runs <paramref name="action"/> for every script symbol (not tapset library symbols) of one of <paramref name="kinds"/>:
        /// globals, functions and probes of the compilation; only when the run has a <see cref="StapCompilation"/>.
        /// </summary>
        /// <param name="action">The action.</param>
        /// <param name="kinds">The symbol kinds; at least one.</param>
        public void RegisterSymbolAction(Action<SymbolAnalysisContext> action, params SymbolKind[] kinds) =>
            _actions.Add(a => a.SymbolActions.Add((Check(action), CheckKinds(kinds))));

        /// <summary>Runs <paramref name="action"/> once at the start of a run; it may register per-run actions and an end action.</summary>
        /// <param name="action">The action.</param>
        public void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            _actions.Add(a => a.CompilationStartActions.Add(Check(action)));

        /// <summary>Runs <paramref name="action"/> once after every other action of the run has finished.</summary>
        /// <param name="action">The action.</param>
        public void RegisterCompilationAction(Action<CompilationAnalysisContext> action) =>
            _actions.Add(a => a.CompilationEndActions.Add(Check(action)));

        internal static T Check<T>(T action) where T : class =>
            action ?? throw new ArgumentNullException(nameof(action));

        internal static ImmutableHashSet<TKind> CheckKinds<TKind>(TKind[] kinds)
        {
            if (kinds is null || kinds.Length == 0) throw new ArgumentException("At least one kind is needed.", nameof(kinds));
            return ImmutableHashSet.Create(kinds);
        }
    }
}
