using System.Collections.Generic;
using System.Collections.Immutable;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    internal sealed partial class Binder
    {
        private void BindScope(BoundScope scope)
        {
            switch (scope.Container)
            {
                case ProbeSymbol probe:
                {
                    var declaration = probe.Declaration;
                    var aliasTargets = new List<AliasInfo>();
                    ResolveProbePoints(scope, declaration.ProbePoints, aliasTargets);
                    var resolved = new List<Symbol>();
                    foreach (var point in declaration.ProbePoints)
                    {
                        if (_candidates.TryGetValue(point, out var symbols)) resolved.AddRange(symbols);
                    }

                    probe.ResolvedPoints = resolved.ToImmutableArray();
                    scope.StatementCount = declaration.Body.Statements.Count;
                    var body = BindBlock(declaration.Body, scope);
                    var bound = new BoundProbe(declaration, probe, BoundConditions(declaration.ProbePoints), body);
                    _boundProbes.Add(bound);
                    _bound[declaration] = bound;
                    break;
                }

                case FunctionSymbol function:
                {
                    var declaration = (FunctionDeclarationSyntax)function.DeclaringSyntax!;
                    BoundStatement body;
                    if (declaration.Body is { } block)
                    {
                        scope.StatementCount = block.Statements.Count;
                        body = BindBlock(block, scope);
                    }
                    else
                    {
                        body = new BoundEmbeddedCodeStatement(declaration, SemanticFacts.GetEmbeddedCode(declaration.EmbeddedCodeToken));
                    }

                    var bound = new BoundFunction(declaration, function, body);
                    _boundFunctions.Add(bound);
                    _bound[declaration] = bound;
                    break;
                }

                case ProbeAliasSymbol alias:
                {
                    var declaration = alias.Declaration;
                    scope.StatementCount = declaration.Body.Statements.Count;
                    var body = BindBlock(declaration.Body, scope);
                    BoundBlock? epilogueBody = null;
                    if (declaration.EpilogueBody is { } epilogue)
                    {
                        scope.StatementCount += epilogue.Statements.Count;
                        epilogueBody = BindBlock(epilogue, scope);
                    }

                    var bound = new BoundProbeAlias(declaration, alias, BoundConditions(declaration.ProbePoints), body, epilogueBody);
                    _boundAliases.Add(bound);
                    _bound[declaration] = bound;
                    break;
                }
            }
        }

        /// <summary>The bound <c>if (expr)</c> conditions of probe points (bound when the points were resolved).</summary>
        private ImmutableArray<BoundExpression> BoundConditions(SeparatedSyntaxList<ProbePointSyntax> points)
        {
            var conditions = ImmutableArray.CreateBuilder<BoundExpression>();
            foreach (var point in points)
            {
                if (point.Condition is { } condition && _bound.TryGetValue(condition.Condition, out var bound))
                    conditions.Add((BoundExpression)bound);
            }

            return conditions.ToImmutable();
        }

        /// <summary>
        /// Resolves a variable name like stap's <c>find_var</c>: the body's locals and parameters, then the globals
        /// visible from this file, then globals of library files (pulling the file in); otherwise a new local.
        /// Returns null only when <paramref name="declareLocal"/> is false and nothing matched.
        /// </summary>
        private VariableInfo? LookupVariable(string name, BoundScope scope, StapSyntaxNode use, bool declareLocal = true)
        {
            if (scope.Variables.TryGetValue(name, out var local)) return local;
            if (FindGlobal(name, scope.Tree) is { } global) return _variables[global];
            if (_library is not null && !_globals.ContainsKey(name))
            {
                foreach (string path in _library.GetFilesDefiningGlobal(name)) PullLibraryFile(path);
                if (FindGlobal(name, scope.Tree) is { } pulled) return _variables[pulled];
            }

            if (!declareLocal) return null;
            var symbol = new LocalSymbol(name, use, scope.IsLibrary, scope.Container);
            var info = new VariableInfo(symbol, scope);
            _variables[symbol] = info;
            scope.Variables[name] = info;
            if (scope.IsOpaque) info.Value.MarkOpaque();

            // A local of a probe is the same variable as the alias-body local of that name (the bodies are concatenated).
            foreach (var aliasScope in scope.AliasScopes)
            {
                if (aliasScope.Variables.TryGetValue(name, out var aliasLocal) && aliasLocal.Symbol is LocalSymbol)
                {
                    TypeSlot.TryUnify(info.Value, aliasLocal.Value);
                    info.Writes += aliasLocal.Writes;
                    info.Reads += aliasLocal.Reads;
                    aliasLocal.Reads++;
                }
            }

            return info;
        }

        private GlobalSymbol? FindGlobal(string name, StapSyntaxTree fromTree)
        {
            if (!_globals.TryGetValue(name, out var list)) return null;
            GlobalSymbol? shared = null;
            foreach (var global in list)
            {
                if (global.IsPrivate)
                {
                    if (global.FilePath == fromTree.FilePath) return global;
                }
                else
                {
                    shared ??= global;
                }
            }

            return shared;
        }

        /// <summary>The overloads of a function visible from a file, pulling in the library files that define it.</summary>
        private List<FunctionInfo> LookupFunctions(string name, StapSyntaxTree fromTree)
        {
            var visible = CollectVisibleFunctions(name, fromTree);
            if (visible.Count == 0 && _library is not null)
            {
                foreach (string path in _library.GetFilesDefiningFunction(name)) PullLibraryFile(path);
                visible = CollectVisibleFunctions(name, fromTree);
            }

            return visible;
        }

        private List<FunctionInfo> CollectVisibleFunctions(string name, StapSyntaxTree fromTree)
        {
            var visible = new List<FunctionInfo>();
            if (_functions.TryGetValue(name, out var list))
            {
                foreach (var function in list)
                {
                    if (!function.Symbol.IsPrivate || function.Symbol.FilePath == fromTree.FilePath) visible.Add(function);
                }
            }

            return visible;
        }

        /// <summary>Sets (or checks) how many indexes a variable takes: 0 for a scalar.</summary>
        private void SetArity(VariableInfo info, int arity, StapSyntaxNode node)
        {
            if (info.Arity < 0)
            {
                info.Arity = arity;
                info.ArityNode = node;
                for (int i = 0; i < arity; i++) info.Indexes.Add(TypeSlot.ForVariable());
                return;
            }

            if (info.Arity != arity)
            {
                Report(ErrorCode.ERR_InconsistentArity, node, info.Arity, arity);
                if (info.ArityNode is not null) Report(ErrorCode.ERR_ArityFirstInferredHere, info.ArityNode, info.Arity);
            }
        }

        private static void NoteRead(VariableInfo info, StapSyntaxNode node)
        {
            info.Reads++;
            info.FirstUse ??= node;
            info.FirstRead ??= node;
        }

        private static void NoteWrite(VariableInfo info, StapSyntaxNode node)
        {
            info.Writes++;
            info.FirstUse ??= node;
            info.FirstWrite ??= node;
        }
    }
}
