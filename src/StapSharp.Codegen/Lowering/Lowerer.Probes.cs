using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    internal sealed partial class Lowerer
    {
        /// <summary>A concrete probe point with the alias bodies that run before and after the probe body.</summary>
        /// <summary>Conditions (<c>probe P if (cond)</c>) of the point and of the alias points it went through must all hold.</summary>
        private sealed record ExpandedPoint(IrProbePoint Point, ImmutableArray<BoundBlock> Prologues, ImmutableArray<BoundBlock> Epilogues)
        {
            public ImmutableArray<BoundExpression> Conditions { get; init; } = ImmutableArray<BoundExpression>.Empty;
        }

        /// <summary>One component of a probe point: its name and its argument, if any.</summary>
        private sealed record PointComponent(string Name, ExpressionSyntax? Argument)
        {
            public override string ToString() => Argument is null ? Name : Name + "(" + Argument.ToString().Trim() + ")";
        }

        private void LowerProbe(BoundProbe bound)
        {
            ProbeDeclarationSyntax declaration = bound.Probe.Declaration;
            foreach (ProbePointSyntax point in declaration.ProbePoints)
            {
                bool optional = point.MarkerToken.Kind is SyntaxKind.QuestionToken or SyntaxKind.ExclamationToken;
                List<ExpandedPoint>? points = ExpandPoint(point, ImmutableArray<PointComponent>.Empty, depth: 0, report: !optional);
                foreach (ExpandedPoint expanded in points ?? new List<ExpandedPoint>())
                {
                    // Each point is its own handler with its own frame, as in stap.
                    _locals = new Dictionary<string, IrVariable>(StringComparer.Ordinal);
                    _inProcfsProbe = expanded.Point is IrProcfsProbePoint;
                    var statements = ImmutableArray.CreateBuilder<IrStatement>();
                    foreach (BoundBlock prologue in expanded.Prologues)
                        statements.Add(LowerBlock(prologue) with { Location = LocationOf(prologue.Syntax) });
                    statements.Add(LowerBlock(bound.Body) with { Location = LocationOf(declaration.Body) });
                    foreach (BoundBlock epilogue in expanded.Epilogues)
                        statements.Add(LowerBlock(epilogue) with { Location = LocationOf(epilogue.Syntax) });
                    IrBlock body = statements.Count == 1 ? (IrBlock)statements[0] : new IrBlock(statements.ToImmutable());
                    body = GuardWithConditions(body, expanded.Conditions);
                    _probes.Add(new IrProbe(expanded.Point, body)
                    {
                        WrittenName = point.ToString().Trim(),
                        Location = LocationOf(point),
                    });
                    _inProcfsProbe = false;
                }

                if (points is not null && point.MarkerToken.Kind == SyntaxKind.ExclamationToken)
                    break;
            }
        }

        /// <summary>
        /// The concrete points of a written point: a family point is itself; an alias expands to its own points with its
        /// body around the probe's (an inner alias's prologue runs first, its epilogue last), each followed by the
        /// components written after the alias name (<c>perf.sw.cpu_clock.sample(N)</c>). A point marked <c>?</c> or
        /// <c>!</c> that cannot be compiled is skipped; one marked <c>!</c> that can ends its list (stap's "sufficient").
        /// A point's condition is added to each of its expansions. Returns null (reported when <paramref name="report"/>)
        /// when some point cannot be compiled.
        /// </summary>
        private List<ExpandedPoint>? ExpandPoint(ProbePointSyntax point, ImmutableArray<PointComponent> suffix, int depth, bool report)
        {
            List<ExpandedPoint>? expanded = ExpandPointCore(point, suffix, depth, report);
            if (expanded is null || point.Condition is not { } condition || !_conditions.TryGetValue(condition.Condition, out BoundExpression? bound))
                return expanded;
            return expanded.Select(e => e with { Conditions = e.Conditions.Add(bound) }).ToList();
        }

        private List<ExpandedPoint>? ExpandPointCore(ProbePointSyntax point, ImmutableArray<PointComponent> suffix, int depth, bool report)
        {
            ImmutableArray<PointComponent>? written = ComponentsOf(point);
            Symbol? symbol = ResolvedSymbolOf(point);
            if (symbol is ProbeAliasSymbol alias && depth < 32 && written is { } components
                && ComponentsOf(alias.NameSyntax) is { } aliasName && aliasName.Length <= components.Length
                && _boundAliases.TryGetValue(alias, out BoundProbeAlias? boundAlias))
            {
                ProbeAliasDeclarationSyntax aliasDeclaration = alias.Declaration;
                BoundBlock? prologue = alias.IsEpilogue ? null : boundAlias.Body;
                BoundBlock? epilogue = alias.IsEpilogue ? boundAlias.Body : boundAlias.EpilogueBody;
                ImmutableArray<PointComponent> innerSuffix = components.RemoveRange(0, aliasName.Length).AddRange(suffix);
                var expanded = new List<ExpandedPoint>();
                foreach (ProbePointSyntax target in aliasDeclaration.ProbePoints)
                {
                    bool optional = target.MarkerToken.Kind is SyntaxKind.QuestionToken or SyntaxKind.ExclamationToken;
                    List<ExpandedPoint>? inner = ExpandPoint(target, innerSuffix, depth + 1, report && !optional);
                    if (inner is null)
                    {
                        if (optional)
                            continue;
                        return null;
                    }

                    foreach (ExpandedPoint one in inner)
                    {
                        expanded.Add(one with
                        {
                            Prologues = prologue is null ? one.Prologues : one.Prologues.Add(prologue),
                            Epilogues = epilogue is null ? one.Epilogues : one.Epilogues.Insert(0, epilogue),
                        });
                    }

                    if (target.MarkerToken.Kind == SyntaxKind.ExclamationToken)
                        break;
                }

                if (expanded.Count == 0 && report)
                    Report(ErrorCode.ERR_LoweringUnsupportedProbePoint, point, Shorten(point.ToString()), "none of the alias's points can be compiled");
                return expanded.Count == 0 ? null : expanded;
            }

            if (written is { } all && ToIrProbePoint(all.AddRange(suffix)) is { } lowered)
                return new List<ExpandedPoint> { new ExpandedPoint(lowered, ImmutableArray<BoundBlock>.Empty, ImmutableArray<BoundBlock>.Empty) };
            if (report)
            {
                string text = Shorten(point.ToString().Trim() + string.Concat(suffix.Select(c => "." + c)));
                string reason = (written is { } known ? UnsupportedFamilyReason(known.AddRange(suffix)) : null) ?? SupportedFamilies;
                Report(ErrorCode.ERR_LoweringUnsupportedProbePoint, point, text, reason);
            }

            return null;
        }

        /// <summary>
        /// A probe with conditions runs its body only while they hold: stap tests them at the start of the handler
        /// (<c>if (!cond) goto out</c>), each time the probe fires.
        /// </summary>
        private IrBlock GuardWithConditions(IrBlock body, ImmutableArray<BoundExpression> conditions)
        {
            if (conditions.IsEmpty)
                return body;
            IrExpression? all = null;
            foreach (BoundExpression condition in conditions)
            {
                IrExpression lowered = LowerExpression(condition);
                all = all is null ? lowered : new IrLogicalExpression(true, all, lowered) { Location = lowered.Location };
            }
            return new IrBlock(ImmutableArray.Create<IrStatement>(new IrIf(all!, body) { Location = LocationOf(conditions[0].Syntax) })) { Location = body.Location };
        }

        /// <summary>The named components of a point, or null when one is not a plain name with an optional argument.</summary>
        private static ImmutableArray<PointComponent>? ComponentsOf(ProbePointSyntax point)
        {
            var components = ImmutableArray.CreateBuilder<PointComponent>();
            foreach (BaseProbePointComponentSyntax component in point.Components)
            {
                if (component is not ProbePointComponentSyntax simple)
                    return null;
                components.Add(new PointComponent(string.Concat(simple.NameTokens.Select(t => t.Text)), simple.Argument?.Value));
            }

            return components.ToImmutable();
        }
    }
}
