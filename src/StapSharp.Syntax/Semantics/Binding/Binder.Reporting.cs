using System.Collections.Generic;
using System.Collections.Immutable;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    internal sealed partial class Binder
    {
        private void Report(ErrorCode code, StapSyntaxNode node, params object[] arguments)
        {
            if (IsExpansionTree(node.SyntaxTree))
            {
                // Inside a macro expansion: report at the invocation, then name each macro of the chain.
                var site = MapOutOfExpansion(node);
                if (IsLibraryTree(site.SyntaxTree)) return;
                _diagnostics.Add(SemanticDiagnostics.Create(code, SemanticFacts.GetLocation(site), arguments));
                bool isError = code.ToString().StartsWith("ERR_", System.StringComparison.Ordinal);
                for (var inner = node; isError && _expansionSites.TryGetValue(inner.SyntaxTree, out var invocation); inner = invocation)
                {
                    _diagnostics.Add(SemanticDiagnostics.Create(ErrorCode.ERR_InExpansionOfMacro, SemanticFacts.GetLocation(invocation), invocation.NameToken.Text.TrimStart('@')));
                }

                return;
            }

            _diagnostics.Add(SemanticDiagnostics.Create(code, SemanticFacts.GetLocation(node), arguments));
        }

        private void Report(ErrorCode code, SyntaxToken token, params object[] arguments)
        {
            if (token.Parent is { } parent && IsExpansionTree(parent.SyntaxTree))
            {
                Report(code, parent, arguments);
                return;
            }

            _diagnostics.Add(SemanticDiagnostics.Create(code, SemanticFacts.GetLocation(token), arguments));
        }

        private bool IsReportable(StapSyntaxNode node) => !IsLibraryTree(MapOutOfExpansion(node).SyntaxTree);

        private bool IsLibraryTree(StapSyntaxTree tree) => _libraryTrees.Contains(tree);

        /// <summary>
        /// An operator or statement needs <paramref name="type"/>. On a variable this is "type mismatch (T)" with the
        /// site the old type came from; on any other expression "expected T but found U", as stap words them.
        /// </summary>
        private void Require(TypeSlot slot, StapType type, ExpressionSyntax node) =>
            RequireSlot(slot, type, node, isVariableUse: IsVariableExpression(node));

        private void RequireSlot(TypeSlot slot, StapType type, StapSyntaxNode node, bool isVariableUse)
        {
            var known = slot.Type;
            if (slot.TrySet(type, isVariableUse ? node : null)) return;
            if (!IsReportable(node)) return;
            if (isVariableUse && slot.Site is { } site)
            {
                Report(ErrorCode.ERR_TypeMismatch, node, StapTypeFacts.GetDisplayName(type));
                Report(ErrorCode.ERR_TypeFirstInferredHere, site, StapTypeFacts.GetDisplayName(known));
            }
            else
            {
                Report(ErrorCode.ERR_OperandTypeMismatch, node, StapTypeFacts.GetDisplayName(type), StapTypeFacts.GetDisplayName(known));
            }
        }

        private static bool IsVariableExpression(ExpressionSyntax node)
        {
            var inner = Unparenthesize(node);
            return inner is IdentifierNameSyntax || inner is ElementAccessExpressionSyntax { Kind: SyntaxKind.ElementAccessExpression };
        }

        /// <summary>
        /// Unifies a variable-like slot (a variable, index, parameter or return value) with a value; a conflict is
        /// reported at <paramref name="node"/> together with the site the existing type was first inferred at.
        /// </summary>
        private void UnifyOrReport(TypeSlot target, TypeSlot value, StapSyntaxNode node, int index,
            bool conflictAtLeft = false, StapSyntaxNode? rightNode = null)
        {
            var existing = target.Type;
            var incoming = value.Type;
            var existingSite = target.Site;
            if (TypeSlot.TryUnify(target, value))
            {
                // Remember where a variable first got its type (the use, not the literal).
                target.SetSiteIfMissing(node);
                return;
            }

            if (!IsReportable(node)) return;
            if (index >= 0)
            {
                Report(ErrorCode.ERR_IndexTypeMismatch, node, index, StapTypeFacts.GetDisplayName(incoming));
                if (existingSite is not null) Report(ErrorCode.ERR_IndexTypeFirstInferredHere, existingSite, index, StapTypeFacts.GetDisplayName(existing));
                return;
            }

            var at = conflictAtLeft && existingSite is null && rightNode is not null ? rightNode : node;
            if (existingSite is not null)
            {
                Report(ErrorCode.ERR_TypeMismatch, at, StapTypeFacts.GetDisplayName(incoming));
                Report(ErrorCode.ERR_TypeFirstInferredHere, existingSite, StapTypeFacts.GetDisplayName(existing));
            }
            else
            {
                Report(ErrorCode.ERR_OperandTypeMismatch, at, StapTypeFacts.GetDisplayName(existing), StapTypeFacts.GetDisplayName(incoming));
            }
        }

        /// <summary>The checks stap makes after elaboration: unresolved types, unused locals, elided probes, no probes.</summary>
        private void ReportFinalDiagnostics(ImmutableArray<StapSyntaxTree> userTrees)
        {
            foreach (var (slot, use) in _valueUses)
            {
                if (slot.Type != StapType.Statistics || !IsReportable(use) || IsStatisticsContext(use)) continue;

                // A use already reported as a type mismatch (s + 1) is not reported twice.
                var span = use.Span;
                if (_diagnostics.Exists(d => d.Location.SourceSpan == span && d.Location.GetLineSpan().Path == use.SyntaxTree.FilePath)) continue;
                Report(ErrorCode.ERR_InvalidStatisticsUse, use);
            }

            foreach (var pair in _variables)
            {
                var info = pair.Value;
                var symbol = info.Symbol;
                if (symbol.IsLibrary) continue;
                bool opaqueOwner = info.Owner is { IsOpaque: true };
                var use = info.FirstUse;
                if (use is null)
                {
                    if (symbol is GlobalSymbol global && global.DeclaringSyntax is not null) Report(ErrorCode.WRN_UnusedGlobal, global.DeclaringSyntax, global.Name);
                    continue;
                }

                if (!opaqueOwner && !info.Value.IsOpaque && info.Value.Type == StapType.Unknown && !(info.Arity > 0 && info.Value.Type != StapType.Unknown))
                {
                    Report(ErrorCode.ERR_UnresolvedType, use);
                }
                else
                {
                    foreach (var index in info.Indexes)
                    {
                        if (!index.IsOpaque && index.Type == StapType.Unknown && !opaqueOwner)
                        {
                            Report(ErrorCode.ERR_UnresolvedType, use);
                            break;
                        }
                    }
                }

                if (symbol is LocalSymbol && !opaqueOwner && info.Owner is { AliasScopes.Count: 0 })
                {
                    if (info.Writes == 0 && info.FirstRead is { } read) Report(ErrorCode.WRN_NeverAssignedLocal, read, symbol.Name);
                    else if (info.Reads == 0 && info.FirstWrite is { } write) Report(ErrorCode.WRN_AssignmentElided, write, symbol.Name);
                }
            }

            foreach (var function in _functionInfos.Values)
            {
                if (!function.Symbol.IsLibrary && function.CallCount == 0)
                {
                    Report(ErrorCode.WRN_UnusedFunction, ((FunctionDeclarationSyntax)function.Symbol.DeclaringSyntax!).Identifier, function.Symbol.Name);
                }
            }

            ReportTooDeepCallChains();
            ReportGuruCalls();

            int liveProbes = 0;
            foreach (var scope in _scopes)
            {
                if (scope.Container is not ProbeSymbol probe) continue;
                if (probe.ResolvedPoints.IsEmpty) continue;
                bool hasAliasBody = false;
                foreach (var alias in scope.AliasScopes) hasAliasBody |= alias.StatementCount > 0;
                if (scope.StatementCount == 0 && !hasAliasBody)
                {
                    if (!probe.IsLibrary) Report(ErrorCode.WRN_ProbeElided, probe.Declaration.ProbeKeyword, probe.Name);
                    continue;
                }

                liveProbes++;
            }

            if (liveProbes == 0 && userTrees.Length > 0 && HasNoErrors())
            {
                var root = userTrees[0].GetRoot();
                _diagnostics.Add(SemanticDiagnostics.Create(ErrorCode.ERR_NoProbesFound, SemanticFacts.GetLocation(userTrees[0], new Microsoft.CodeAnalysis.Text.TextSpan(root.FullSpan.End, 0))));
            }
        }

        /// <summary>
        /// stap runs type inference only when symbol resolution succeeded, and elides code only after that; so when
        /// a resolution error exists, type errors and elision warnings are not reported.
        /// </summary>
        private void DropLaterPassDiagnostics()
        {
            bool hasResolutionError = _diagnostics.Exists(d => IsResolutionError(d.Id));
            if (!hasResolutionError) return;
            // An "in expansion of macro" note stays with the diagnostic it follows.
            var kept = new List<Microsoft.CodeAnalysis.Diagnostic>(_diagnostics.Count);
            bool previousKept = false;
            foreach (var diagnostic in _diagnostics)
            {
                bool keep = IsResolutionError(diagnostic.Id) || diagnostic.Id == "STP2012" || (diagnostic.Id == "STP2024" && previousKept);
                if (keep) kept.Add(diagnostic);
                previousKept = keep;
            }

            _diagnostics.Clear();
            _diagnostics.AddRange(kept);
        }

        private static bool IsResolutionError(string id) => id is "STP2001" or "STP2002" or "STP2003" or "STP2004" or "STP2005"
            or "STP2011" or "STP2013" or "STP2016" or "STP2020" or "STP2040" or "STP2041" or "STP2042";

        /// <summary>True where an aggregate may appear as a value: the left of &lt;&lt;&lt; (bound elsewhere) and the operand of a statistics operator.</summary>
        private static bool IsStatisticsContext(ExpressionSyntax use)
        {
            var parent = use.Parent;
            while (parent is ParenthesizedExpressionSyntax) parent = parent.Parent;
            return parent is StatisticExpressionSyntax or HistogramExpressionSyntax
                || parent is AssignmentExpressionSyntax { Kind: SyntaxKind.AggregateAssignmentExpression } assignment && assignment.Left == use;
        }

        private bool HasNoErrors()
        {
            foreach (var diagnostic in _diagnostics)
            {
                if (diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error) return false;
            }

            return true;
        }
    }
}
