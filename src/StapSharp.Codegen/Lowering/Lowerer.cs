using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using StapSharp.Codegen.Ir;
using SemanticModel = StapSharp.Semantics.SemanticModel;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    /// <summary>
    /// Lowers the bound tree of a <see cref="StapCompilation"/> (<see cref="StapCompilation.GetBoundProgram"/>) to an
    /// <see cref="IrModule"/>. Bodies, conditions and alias bodies come from the bound nodes; only the declarations the
    /// bound tree does not hold (global initializers and sizes, probe points) are read from syntax. Everything the IR
    /// cannot express becomes an STP302x error at the construct, never approximated C.
    /// </summary>
    internal sealed partial class Lowerer
    {
        private readonly StapCompilation _compilation;
        private readonly CancellationToken _cancellationToken;
        private readonly List<Diagnostic> _diagnostics = new();
        private readonly Dictionary<GlobalSymbol, IrGlobal> _globals = new();
        private readonly List<IrGlobal> _globalOrder = new();
        private readonly HashSet<string> _globalNames = new(StringComparer.Ordinal);
        private readonly Dictionary<FunctionSymbol, string> _functionNames = new();
        private readonly HashSet<string> _usedFunctionNames = new(StringComparer.Ordinal);
        private readonly Queue<FunctionSymbol> _pendingFunctions = new();
        private readonly List<IrFunction> _functions = new();
        private readonly List<IrProbe> _probes = new();
        private readonly Dictionary<ProbeSymbol, BoundProbe> _boundProbes = new();
        private readonly Dictionary<ProbeAliasSymbol, BoundProbeAlias> _boundAliases = new();
        private readonly Dictionary<FunctionSymbol, BoundFunction> _boundFunctions = new();

        // The bound condition of each probe point's `if (expr)`, by its syntax.
        private readonly Dictionary<ExpressionSyntax, BoundExpression> _conditions = new();

        // The locals of the probe or function being lowered, by name (alias bodies share them with the probe).
        private Dictionary<string, IrVariable> _locals = new(StringComparer.Ordinal);

        private Lowerer(StapCompilation compilation, CancellationToken cancellationToken)
        {
            _compilation = compilation;
            _cancellationToken = cancellationToken;
            BoundProgram program = compilation.GetBoundProgram(cancellationToken);
            foreach (BoundProbe probe in program.Probes)
            {
                _boundProbes[probe.Probe] = probe;
                IndexConditions(probe.Probe.Declaration.ProbePoints, probe.Conditions);
            }

            foreach (BoundProbeAlias alias in program.Aliases)
            {
                _boundAliases[alias.Alias] = alias;
                IndexConditions(alias.Alias.Declaration.ProbePoints, alias.Conditions);
            }

            foreach (BoundFunction function in program.Functions)
                _boundFunctions[function.Function] = function;
        }

        /// <summary>Pairs the points that have a condition with the bound conditions, which the binder lists in point order.</summary>
        private void IndexConditions(StapSharp.Syntax.SeparatedSyntaxList<ProbePointSyntax> points, ImmutableArray<BoundExpression> conditions)
        {
            int next = 0;
            foreach (ProbePointSyntax point in points)
            {
                if (point.Condition is { } condition && next < conditions.Length)
                    _conditions[condition.Condition] = conditions[next++];
            }
        }

        /// <summary>The module, or null when the compilation has errors or uses constructs the IR lacks.</summary>
        /// <param name="Module">The lowered module.</param>
        /// <param name="Diagnostics">Compilation warnings, or the errors that prevented lowering.</param>
        internal sealed record Result(IrModule? Module, ImmutableArray<Diagnostic> Diagnostics);

        /// <summary>Lowers the compilation. Semantic errors stop before lowering and are returned unchanged.</summary>
        public static Result Lower(StapCompilation compilation, CancellationToken cancellationToken = default)
        {
            if (compilation is null)
                throw new ArgumentNullException(nameof(compilation));
            ImmutableArray<Diagnostic> compilationDiagnostics = compilation.GetDiagnostics(cancellationToken);
            if (compilationDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                return new Result(null, compilationDiagnostics);

            var lowerer = new Lowerer(compilation, cancellationToken);
            IrModule module = lowerer.LowerModule();
            ImmutableArray<Diagnostic> all = compilationDiagnostics.AddRange(lowerer._diagnostics);
            return lowerer._diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
                ? new Result(null, all)
                : new Result(module, all);
        }

        private IrModule LowerModule()
        {
            foreach (GlobalSymbol global in _compilation.Globals.Where(g => !g.IsLibrary))
                GetGlobal(global, global.DeclaringSyntax);
            foreach (FunctionSymbol function in _compilation.Functions.Where(f => !f.IsLibrary && !f.IsEmbedded))
                GetFunctionName(function);
            // Probes of pulled-in tapset files run too, as in stap.
            foreach (ProbeSymbol probe in _compilation.Probes.OrderBy(p => p.IsLibrary))
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (_boundProbes.TryGetValue(probe, out BoundProbe? bound))
                    LowerProbe(bound);
            }

            while (_pendingFunctions.Count > 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                LowerFunction(_pendingFunctions.Dequeue());
            }

            string scriptName = _compilation.SyntaxTrees.Length > 0 ? _compilation.SyntaxTrees[0].FilePath : "<input>";
            return new IrModule(_globalOrder.ToImmutableArray(), _functions.ToImmutableArray(), _probes.ToImmutableArray())
            {
                ScriptName = string.IsNullOrEmpty(scriptName) ? "<input>" : scriptName,
                EmbeddedBlocks = CollectEmbeddedBlocks(),
            };
        }

        /// <summary>What a probe point resolved to (a family or an alias): probe points are not part of the bound tree yet.</summary>
        private Symbol? ResolvedSymbolOf(ProbePointSyntax point) => _compilation.GetSemanticModel(point.SyntaxTree).GetSymbolInfo(point).Symbol;

        private void Report(ErrorCode code, StapSyntaxNode node, params object[] arguments) =>
            _diagnostics.Add(Diagnostic.Create(CodegenDiagnostics.GetDescriptor(code), node.GetLocation(), arguments));

        /// <summary>Reports an unsupported construct and returns a placeholder so lowering goes on to find more.</summary>
        private IrExpression Unsupported(StapSyntaxNode node, string construct)
        {
            Report(ErrorCode.ERR_LoweringUnsupportedConstruct, node, construct);
            return new IrLongLiteral(0);
        }

        private IrType ToIrType(StapType type, StapSyntaxNode node) => type switch
        {
            StapType.String => IrType.String,
            StapType.Statistics => IrType.Statistics,
            StapType.Target => ReportTargetType(node),
            // Never-read locals stay untyped in stap too; a long slot is what stap gives them.
            _ => IrType.Long,
        };

        private IrType ReportTargetType(StapSyntaxNode node)
        {
            Report(ErrorCode.ERR_LoweringTargetConstruct, node, Shorten(node.ToString()));
            return IrType.Long;
        }

        private static string Shorten(string text)
        {
            text = text.Trim();
            return text.Length <= 60 ? text : text.Substring(0, 57) + "...";
        }

        private static string UniqueName(string name, HashSet<string> used)
        {
            string candidate = name;
            for (int i = 1; !used.Add(candidate); i++)
                candidate = name + "__" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return candidate;
        }
    }
}
