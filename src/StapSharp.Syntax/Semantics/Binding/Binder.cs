using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using StapSharp.Syntax;
using Location = Microsoft.CodeAnalysis.Location;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace StapSharp.Semantics
{
    /// <summary>
    /// Elaborates a compilation the way stap's pass 2 does: declares the user files, walks every probe, alias and
    /// function body resolving names (pulling in the tapset files that define what is used, transitively), resolves
    /// probe points, and infers types with union-find slots as it goes. The result is a <see cref="BindingResult"/>.
    /// </summary>
    internal sealed partial class Binder
    {
        private readonly StapCompilationOptions _options;
        private readonly TapsetLibrary? _library;
        private readonly CancellationToken _cancellationToken;

        private readonly Dictionary<string, List<FunctionInfo>> _functions = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, List<GlobalSymbol>> _globals = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, List<MacroSymbol>> _macros = new(System.StringComparer.Ordinal);
        private readonly Dictionary<ProbeAliasSymbol, AliasInfo> _aliases = new();
        private readonly Dictionary<string, List<AliasInfo>> _libraryAliasesByFile = new(System.StringComparer.Ordinal);
        private readonly List<AliasInfo> _userAliases = new();
        private readonly HashSet<string> _pulledFiles = new(System.StringComparer.Ordinal);
        private readonly Queue<BoundScope> _pending = new();
        private ProbeMatchTree? _userAliasTree;

        private readonly Dictionary<StapSyntaxNode, Symbol> _symbols = new(ReferenceEqualityComparer<StapSyntaxNode>.Instance);
        private readonly Dictionary<StapSyntaxNode, ImmutableArray<Symbol>> _candidates = new(ReferenceEqualityComparer<StapSyntaxNode>.Instance);
        private readonly Dictionary<StapSyntaxNode, Symbol> _declared = new(ReferenceEqualityComparer<StapSyntaxNode>.Instance);
        private readonly Dictionary<StapSyntaxNode, TypeSlot> _types = new(ReferenceEqualityComparer<StapSyntaxNode>.Instance);
        private readonly Dictionary<StapSyntaxNode, BoundNode> _bound = new(ReferenceEqualityComparer<StapSyntaxNode>.Instance);
        private readonly List<BoundProbe> _boundProbes = new();
        private readonly List<BoundProbeAlias> _boundAliases = new();
        private readonly List<BoundFunction> _boundFunctions = new();
        private readonly Dictionary<VariableSymbol, VariableInfo> _variables = new();
        private readonly Dictionary<FunctionSymbol, FunctionInfo> _functionInfos = new();
        private readonly List<BoundScope> _scopes = new();
        private readonly List<ProbeSymbol> _probes = new();
        private readonly List<StapSyntaxTree> _libraryTrees = new();
        private readonly List<Diagnostic> _diagnostics = new();
        private readonly List<(TypeSlot Slot, ExpressionSyntax Use)> _valueUses = new();

        private Binder(StapCompilationOptions options, CancellationToken cancellationToken)
        {
            _options = options;
            _library = options.ResolveLibrary();
            _cancellationToken = cancellationToken;
        }

        public static BindingResult Bind(ImmutableArray<StapSyntaxTree> trees, StapCompilationOptions options, CancellationToken cancellationToken)
        {
            var binder = new Binder(options, cancellationToken);
            return binder.Run(trees);
        }

        private BindingResult Run(ImmutableArray<StapSyntaxTree> trees)
        {
            foreach (var tree in trees) DeclareTree(tree, isLibrary: false);
            DrainPending();
            PublishTypes();
            ReportFinalDiagnostics(trees);
            DropLaterPassDiagnostics();
            return new BindingResult(
                _symbols, _candidates, _declared, _types, _variables, _functionInfos, _scopes, _probes,
                _globals, _functions, _libraryTrees.ToImmutableArray(), SortDiagnostics(_diagnostics))
            {
                MacroExpansions = _macroExpansions,
                BoundNodes = _bound,
                Program = BuildProgram(),
            };
        }

        private void DrainPending()
        {
            while (_pending.Count > 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var scope = _pending.Dequeue();
                if (scope.IsBound) continue;
                scope.IsBound = true;
                BindScope(scope);
            }
        }

        /// <summary>The bound root: probes in the order of <see cref="StapCompilation.Probes"/> (user files first), then aliases and functions as bound.</summary>
        private BoundProgram BuildProgram()
        {
            var probes = _boundProbes.OrderBy(p => p.Probe.IsLibrary).ToImmutableArray();
            var globals = _globals.Values.SelectMany(list => list).OrderBy(g => g.IsLibrary).ThenBy(g => g.Name, System.StringComparer.Ordinal).ToImmutableArray();
            return new BoundProgram(probes, _boundAliases.ToImmutableArray(), _boundFunctions.ToImmutableArray(), globals);
        }

        /// <summary>Copies the inferred types from the slots onto the symbols, which are immutable from here on.</summary>
        private void PublishTypes()
        {
            foreach (var info in _variables.Values)
            {
                info.Symbol.Type = BindingResult.ReadType(info.Value);
                if (info.Arity > 0)
                {
                    var indexes = ImmutableArray.CreateBuilder<StapType>(info.Indexes.Count);
                    foreach (var index in info.Indexes) indexes.Add(BindingResult.ReadType(index));
                    info.Symbol.IndexTypes = indexes.MoveToImmutable();
                }
            }

            foreach (var function in _functionInfos.Values) function.Symbol.ReturnType = BindingResult.ReadType(function.Return);
        }

        /// <summary>Orders by file and position; the sort is stable, so a conflict stays next to its first-inferred note.</summary>
        private static ImmutableArray<Diagnostic> SortDiagnostics(List<Diagnostic> diagnostics) =>
            diagnostics
                .OrderBy(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ToImmutableArray();

        /// <summary>Reference equality for syntax nodes used as dictionary keys.</summary>
        private sealed class ReferenceEqualityComparer<T> : IEqualityComparer<T>
            where T : class
        {
            public static readonly ReferenceEqualityComparer<T> Instance = new();

            public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

            public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
        }
    }
}
