using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    internal sealed partial class Binder
    {
        private const int MaxExpandedPoints = 4096;
        private static readonly ProbeMatchTree s_builtInTree = ProbeMatchTree.CreateBuiltIn();

        private ProbeMatchTree LibraryTree => _library?.ProbeTree ?? s_builtInTree;

        /// <summary>Resolves the probe points of a probe or alias right-hand side, pulling in the aliases they name.</summary>
        private void ResolveProbePoints(BoundScope scope, SeparatedSyntaxList<ProbePointSyntax> points, List<AliasInfo>? aliasTargets)
        {
            foreach (var point in points)
            {
                var resolved = ImmutableArray.CreateBuilder<Symbol>();
                bool optional = point.MarkerToken.Kind is SyntaxKind.QuestionToken or SyntaxKind.ExclamationToken;
                ProbeMatchResult? worst = null;
                List<(string Name, ProbeArgumentKind Argument, StapSyntaxNode Node)>? worstPoint = null;
                foreach (var expansion in Expand(point))
                {
                    var result = Match(expansion);
                    if (!result.Succeeded && HasArgumentComponent(expansion) && _options.ParseOptions.Arguments is null)
                    {
                        // $1.call: the point is only known once the command-line arguments are; accept it opaquely.
                        scope.HasTargetVariables = true;
                        scope.IsReturnProbe = true;
                        scope.IsOpaque = true;
                        resolved.Add(new ProbeFamilySymbol(point.ToString().Trim(), ImmutableArray<ProbeFamilyComponent>.Empty));
                        continue;
                    }

                    if (!result.Succeeded && TryResolveAliasSuffix(result, expansion, scope, resolved, aliasTargets))
                    {
                        continue;
                    }

                    if (!result.Succeeded)
                    {
                        if (worst is null || result.FailureComponent > worst.FailureComponent) { worst = result; worstPoint = expansion; }
                        continue;
                    }

                    foreach (var family in result.Families)
                    {
                        resolved.Add(family);
                        scope.HasTargetVariables |= family.HasTargetVariables;
                        scope.IsReturnProbe |= family.IsReturnProbe;
                        scope.IsProcfs |= family.Components[0].Name == "procfs";
                    }

                    foreach (var target in result.Aliases)
                    {
                        foreach (var alias in GetAliasInfos(target))
                        {
                            EnsureAliasResolved(alias);
                            resolved.Add(alias.Symbol);
                            aliasTargets?.Add(alias);
                            AddAliasChain(scope, alias);
                        }
                    }
                }

                if (point.Condition is { } condition) BindCondition(condition.Condition, scope);
                if (resolved.Count > 0)
                {
                    _symbols[point] = resolved[0];
                    _candidates[point] = resolved.ToImmutable();
                }
                else if (worst is not null && worstPoint is not null && !optional && !scope.IsLibrary)
                {
                    ReportProbeMismatch(worst, worstPoint);
                }
            }
        }

        private void ReportProbeMismatch(ProbeMatchResult result, List<(string Name, ProbeArgumentKind Argument, StapSyntaxNode Node)> point)
        {
            int index = System.Math.Min(System.Math.Max(result.FailureComponent, 0), point.Count - 1);
            var node = point[index].Node;
            string suggestions = string.Join(", ", result.Suggestions);
            switch (result.Failure)
            {
                case ProbeMatchFailure.Truncated:
                    Report(ErrorCode.ERR_ProbePointTruncated, node, string.Join(" ", result.Suggestions));
                    break;
                case ProbeMatchFailure.InvalidSuffix:
                    Report(ErrorCode.ERR_InvalidProbeSuffix, node);
                    break;
                default:
                    Report(ErrorCode.ERR_ProbePointMismatch, node, suggestions.Length == 0 ? "" : " (similar: " + suggestions + ")");
                    break;
            }
        }

        private static bool HasArgumentComponent(List<(string Name, ProbeArgumentKind Argument, StapSyntaxNode Node)> expansion)
        {
            foreach (var component in expansion)
            {
                if (component.Node is ProbePointComponentSyntax named)
                {
                    foreach (var token in named.NameTokens)
                    {
                        if (token.Kind is SyntaxKind.DollarArgumentToken or SyntaxKind.AtArgumentToken) return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// stap's alias suffixes: <c>probe syscall.read.return</c> where only <c>syscall.read</c> is an alias resolves when
        /// the alias's right-hand side points, with the suffix appended, resolve.
        /// </summary>
        private bool TryResolveAliasSuffix(ProbeMatchResult result, List<(string Name, ProbeArgumentKind Argument, StapSyntaxNode Node)> expansion,
            BoundScope scope, ImmutableArray<Symbol>.Builder resolved, List<AliasInfo>? aliasTargets)
        {
            bool any = false;
            foreach (var (target, suffixStart) in result.SuffixedAliases)
            {
                var suffix = expansion.GetRange(suffixStart, expansion.Count - suffixStart);
                foreach (var alias in GetAliasInfos(target))
                {
                    bool suffixResolves = false;
                    foreach (var rhs in alias.Symbol.Declaration.ProbePoints)
                    {
                        foreach (var rhsExpansion in Expand(rhs))
                        {
                            rhsExpansion.AddRange(suffix);
                            var inner = Match(rhsExpansion);
                            if (inner.Succeeded || inner.SuffixedAliases.Count > 0)
                            {
                                suffixResolves = true;
                                foreach (var family in inner.Families)
                                {
                                    scope.HasTargetVariables |= family.HasTargetVariables;
                                    scope.IsReturnProbe |= family.IsReturnProbe;
                                }
                            }
                        }
                    }

                    if (!suffixResolves) continue;
                    EnsureAliasResolved(alias);
                    resolved.Add(alias.Symbol);
                    aliasTargets?.Add(alias);
                    AddAliasChain(scope, alias);
                    any = true;
                }
            }

            return any;
        }

        private ProbeMatchResult Match(List<(string Name, ProbeArgumentKind Argument, StapSyntaxNode Node)> expansion)
        {
            var key = expansion.Select(c => (c.Name, c.Argument)).ToList();
            var result = LibraryTree.Match(key);
            if (_userAliasTree is not null)
            {
                var user = _userAliasTree.Match(key);
                if (user.Succeeded)
                {
                    if (!result.Succeeded) return user;
                    result.Aliases.AddRange(user.Aliases);
                }
                else
                {
                    result.SuffixedAliases.AddRange(user.SuffixedAliases);
                    if (!result.Succeeded && user.Failure != ProbeMatchFailure.None) result.Fail(user.Failure, user.FailureComponent, user.Suggestions);
                }
            }

            // $1 as a component argument is only known at run time: retry it as a string.
            if (!result.Succeeded)
            {
                for (int i = 0; i < expansion.Count; i++)
                {
                    if (expansion[i].Node is ProbePointComponentSyntax { Argument.Value: ArgumentExpressionSyntax } && expansion[i].Argument == ProbeArgumentKind.Number)
                    {
                        var retry = new List<(string, ProbeArgumentKind, StapSyntaxNode)>(expansion);
                        retry[i] = (expansion[i].Name, ProbeArgumentKind.String, expansion[i].Node);
                        var second = Match(retry);
                        if (second.Succeeded) return second;
                    }
                }
            }

            return result;
        }

        private IEnumerable<AliasInfo> GetAliasInfos(object target)
        {
            switch (target)
            {
                case AliasInfo user:
                    yield return user;
                    break;
                case LibraryAliasTarget library:
                    PullLibraryFile(library.Path);
                    if (_libraryAliasesByFile.TryGetValue(library.Path, out var list))
                    {
                        foreach (var alias in list)
                        {
                            if (alias.Symbol.Name == library.Name) yield return alias;
                        }
                    }

                    break;
            }
        }

        /// <summary>Resolves an alias's right-hand side and binds its body (once), before the probes that use it.</summary>
        private void EnsureAliasResolved(AliasInfo alias)
        {
            if (alias.IsResolved || alias.IsResolving) return;
            alias.IsResolving = true;
            var scope = alias.Scope;
            ResolveProbePoints(scope, alias.Symbol.Declaration.ProbePoints, alias.Targets);
            alias.IsResolving = false;
            alias.IsResolved = true;
            scope.IsBound = true;
            BindScope(scope);
        }

        private static void AddAliasChain(BoundScope scope, AliasInfo alias)
        {
            if (scope.AliasScopes.Contains(alias.Scope) || scope == alias.Scope) return;
            scope.AliasScopes.Add(alias.Scope);
            scope.HasTargetVariables |= alias.Scope.HasTargetVariables;
            scope.IsReturnProbe |= alias.Scope.IsReturnProbe;
            scope.IsOpaque |= alias.Scope.IsOpaque;
            scope.IsProcfs |= alias.Scope.IsProcfs;
            foreach (var inner in alias.Scope.AliasScopes)
            {
                if (!scope.AliasScopes.Contains(inner)) scope.AliasScopes.Add(inner);
            }
        }

        /// <summary>Expands brace groups into concrete points (the cartesian product of the alternatives).</summary>
        private static List<List<(string Name, ProbeArgumentKind Argument, StapSyntaxNode Node)>> Expand(ProbePointSyntax point)
        {
            var results = new List<List<(string, ProbeArgumentKind, StapSyntaxNode)>> { new() };
            foreach (var component in point.Components)
            {
                var alternatives = new List<List<(string, ProbeArgumentKind, StapSyntaxNode)>>();
                switch (component)
                {
                    case ProbePointComponentSyntax named:
                        alternatives.Add(new() { (SemanticFacts.GetComponentName(named), GetArgumentKind(named), named) });
                        break;
                    case ProbePointComponentGroupSyntax group:
                        foreach (var inner in group.ProbePoints) alternatives.AddRange(Expand(inner));
                        break;
                }

                var next = new List<List<(string, ProbeArgumentKind, StapSyntaxNode)>>();
                foreach (var prefix in results)
                {
                    foreach (var alternative in alternatives)
                    {
                        if (next.Count >= MaxExpandedPoints) break;
                        var combined = new List<(string, ProbeArgumentKind, StapSyntaxNode)>(prefix);
                        combined.AddRange(alternative);
                        next.Add(combined);
                    }
                }

                results = next;
            }

            return results;
        }

        private static ProbeArgumentKind GetArgumentKind(ProbePointComponentSyntax component) => component.Argument?.Value switch
        {
            null => ProbeArgumentKind.None,
            LiteralExpressionSyntax literal when literal.Kind == SyntaxKind.StringLiteralExpression => ProbeArgumentKind.String,
            ArgumentExpressionSyntax argument when argument.Token.Text.StartsWith("@", System.StringComparison.Ordinal) => ProbeArgumentKind.String,
            _ => ProbeArgumentKind.Number,
        };
    }
}
