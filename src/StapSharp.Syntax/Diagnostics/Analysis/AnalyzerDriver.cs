using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// Runs one set of analyzers over trees (and a compilation when there is one): initialize, compilation-start
    /// actions, then tree/model/node actions per (analyzer, tree) pair in parallel, symbol actions, end actions.
    /// Every analyzer callback is isolated: an exception becomes STP9001 and the other analyzers go on.
    /// </summary>
    internal sealed partial class AnalyzerDriver
    {
        private readonly ImmutableArray<StapSyntaxTree> _trees;
        private readonly StapCompilation? _compilation;
        private readonly ImmutableArray<StapAnalyzer> _analyzers;
        private readonly AnalysisOptions _options;
        private readonly CancellationToken _cancellationToken;
        private readonly ConcurrentQueue<Diagnostic> _diagnostics = new();
        private readonly ConcurrentDictionary<string, bool> _reportedFailures = new(StringComparer.Ordinal);

        public AnalyzerDriver(ImmutableArray<StapSyntaxTree> trees, StapCompilation? compilation, ImmutableArray<StapAnalyzer> analyzers, AnalysisOptions options, CancellationToken cancellationToken)
        {
            _trees = trees;
            _compilation = compilation;
            _analyzers = analyzers;
            _options = options;
            _cancellationToken = cancellationToken;
        }

        public async Task<ImmutableArray<Diagnostic>> RunAsync()
        {
            var all = Initialize();
            foreach (var actions in all)
                foreach (var start in actions.CompilationStartActions.ToArray())
                    Invoke(actions, () => start(new CompilationStartAnalysisContext(actions, _trees, _compilation, _options, _cancellationToken)));

            var work = new List<Action>();
            var nodesByTree = _trees.Select(tree => new Lazy<ImmutableArray<StapSyntaxNode>>(
                () => tree.GetRoot(_cancellationToken).DescendantNodesAndSelf().ToImmutableArray(), LazyThreadSafetyMode.ExecutionAndPublication)).ToArray();
            foreach (var actions in all)
            {
                for (int i = 0; i < _trees.Length; i++)
                {
                    var tree = _trees[i];
                    var nodes = nodesByTree[i];
                    work.Add(() => AnalyzeTree(actions, tree, nodes));
                }
                if (_compilation != null && actions.SymbolActions.Count > 0)
                    work.Add(() => AnalyzeSymbols(actions, _compilation));
            }
            await RunAllAsync(work).ConfigureAwait(false);

            foreach (var actions in all)
                foreach (var end in actions.CompilationEndActions.ToArray())
                    Invoke(actions, () => end(new CompilationAnalysisContext(_trees, _compilation, _options, Sink(actions), _cancellationToken)));

            return _diagnostics.ToImmutableArray();
        }

        private List<AnalyzerActions> Initialize()
        {
            var all = new List<AnalyzerActions>();
            foreach (var analyzer in _analyzers)
            {
                if (analyzer == null) continue;
                _cancellationToken.ThrowIfCancellationRequested();
                AnalyzerActions? actions = null;
                try
                {
                    actions = new AnalyzerActions(analyzer);
                    if (IsEntirelySuppressed(analyzer)) continue;
                    analyzer.Initialize(new AnalysisContext(actions));
                }
                catch (Exception ex) when (!(ex is OperationCanceledException && _cancellationToken.IsCancellationRequested))
                {
                    ReportFailure(analyzer, ex);
                    continue;
                }
                all.Add(actions);
            }
            return all;
        }

        // An analyzer whose every rule is suppressed or disabled is not run at all.
        private bool IsEntirelySuppressed(StapAnalyzer analyzer)
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                var configured = _options.GetSeverity(descriptor.Id);
                if (configured == ReportSeverity.Suppress) continue;
                if (configured == ReportSeverity.Default && !descriptor.IsEnabledByDefault) continue;
                return false;
            }
            return !analyzer.SupportedDiagnostics.IsEmpty;
        }

        private async Task RunAllAsync(List<Action> work)
        {
            if (!_options.ConcurrentExecution)
            {
                foreach (var item in work) item();
                return;
            }
            var tasks = work.Select(item => Task.Run(item, _cancellationToken)).ToArray();
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }

        private void AnalyzeTree(AnalyzerActions actions, StapSyntaxTree tree, Lazy<ImmutableArray<StapSyntaxNode>> nodes)
        {
            var sink = Sink(actions);
            var model = _compilation?.SyntaxTrees.Contains(tree) == true ? _compilation.GetSemanticModel(tree) : null;
            foreach (var action in actions.TreeActions.ToArray())
                Invoke(actions, () => action(new SyntaxTreeAnalysisContext(tree, _compilation, _options, sink, _cancellationToken)));
            if (model != null)
                foreach (var action in actions.SemanticModelActions.ToArray())
                    Invoke(actions, () => action(new SemanticModelAnalysisContext(model, _compilation, _options, sink, _cancellationToken)));

            var actionsByKind = NodeActionsByKind(actions);
            if (actionsByKind == null) return;
            foreach (var node in nodes.Value)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                int kind = (int)node.Kind;
                if (kind >= actionsByKind.Length || actionsByKind[kind] is not { } nodeActions) continue;
                foreach (var action in nodeActions)
                    Invoke(actions, () => action(new SyntaxNodeAnalysisContext(node, model, _compilation, _options, sink, _cancellationToken)));
            }
        }

        /// <summary>
        /// The node actions indexed by syntax kind (null when there are none): a lookup per node instead of a hash-set
        /// probe per (node, action) pair, which was the largest share of `check`'s time on large scripts.
        /// </summary>
        private static List<Action<SyntaxNodeAnalysisContext>>?[]? NodeActionsByKind(AnalyzerActions actions)
        {
            var registered = actions.NodeActions.ToArray();
            if (registered.Length == 0) return null;
            int maxKind = registered.SelectMany(entry => entry.Kinds).Select(kind => (int)kind).DefaultIfEmpty(-1).Max();
            var table = new List<Action<SyntaxNodeAnalysisContext>>?[maxKind + 1];
            foreach (var (action, kinds) in registered)
                foreach (var kind in kinds)
                    (table[(int)kind] ??= new()).Add(action);
            return table;
        }

        private void AnalyzeSymbols(AnalyzerActions actions, StapCompilation compilation)
        {
            var sink = Sink(actions);
            var symbols = compilation.Globals.Cast<Symbol>().Concat(compilation.Functions).Concat(compilation.Probes)
                .Where(symbol => !symbol.IsLibrary);
            var symbolActions = actions.SymbolActions.ToArray();
            foreach (var symbol in symbols)
                foreach (var (action, kinds) in symbolActions)
                    if (kinds.Contains(symbol.Kind))
                        Invoke(actions, () => action(new SymbolAnalysisContext(symbol, compilation, _options, sink, _cancellationToken)));
        }

        private Action<Diagnostic> Sink(AnalyzerActions actions) => diagnostic =>
        {
            if (!actions.SupportedIds.Contains(diagnostic.Id))
                throw new ArgumentException($"Reported diagnostic with ID '{diagnostic.Id}' is not supported by the analyzer.", nameof(diagnostic));
            _diagnostics.Enqueue(diagnostic);
        };

        private void Invoke(AnalyzerActions actions, Action callback)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            try
            {
                callback();
            }
            catch (Exception ex) when (!(ex is OperationCanceledException && _cancellationToken.IsCancellationRequested))
            {
                ReportFailure(actions.Analyzer, ex);
            }
        }
    }
}
