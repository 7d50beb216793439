using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    internal sealed partial class Lowerer
    {
        /// <summary>A concrete probe point with the alias bodies that run before and after the probe body.</summary>
        private sealed record ExpandedPoint(IrProbePoint Point, ImmutableArray<BlockSyntax> Prologues, ImmutableArray<BlockSyntax> Epilogues);

        private void LowerProbe(ProbeSymbol probe)
        {
            ProbeDeclarationSyntax declaration = probe.Declaration;
            foreach (ProbePointSyntax point in declaration.ProbePoints)
            {
                foreach (ExpandedPoint expanded in ExpandPoint(point, depth: 0))
                {
                    // Each point is its own handler with its own frame, as in stap.
                    _locals = new Dictionary<string, IrVariable>(StringComparer.Ordinal);
                    var statements = ImmutableArray.CreateBuilder<IrStatement>();
                    foreach (BlockSyntax prologue in expanded.Prologues)
                        statements.Add(LowerBlock(prologue) with { Location = LocationOf(prologue) });
                    statements.Add(LowerBlock(declaration.Body) with { Location = LocationOf(declaration.Body) });
                    foreach (BlockSyntax epilogue in expanded.Epilogues)
                        statements.Add(LowerBlock(epilogue) with { Location = LocationOf(epilogue) });
                    IrBlock body = statements.Count == 1 ? (IrBlock)statements[0] : new IrBlock(statements.ToImmutable());
                    _probes.Add(new IrProbe(expanded.Point, body)
                    {
                        WrittenName = point.ToString().Trim(),
                        Location = LocationOf(point),
                    });
                }
            }
        }

        /// <summary>
        /// The concrete points of a written point: a family point is itself; an alias expands to its own points with its
        /// body around the probe's (an inner alias's prologue runs first, its epilogue last).
        /// </summary>
        private IEnumerable<ExpandedPoint> ExpandPoint(ProbePointSyntax point, int depth)
        {
            if (point.Condition is { } condition)
            {
                Unsupported(condition, "a probe point condition");
                yield break;
            }

            Symbol? symbol = SymbolOf(point);
            if (symbol is ProbeAliasSymbol alias && depth < 32)
            {
                ProbeAliasDeclarationSyntax aliasDeclaration = alias.Declaration;
                BlockSyntax? prologue = alias.IsEpilogue ? null : aliasDeclaration.Body;
                BlockSyntax? epilogue = alias.IsEpilogue ? aliasDeclaration.Body : aliasDeclaration.EpilogueBody;
                foreach (ProbePointSyntax target in aliasDeclaration.ProbePoints)
                {
                    foreach (ExpandedPoint inner in ExpandPoint(target, depth + 1))
                    {
                        yield return new ExpandedPoint(inner.Point,
                            prologue is null ? inner.Prologues : inner.Prologues.Add(prologue),
                            epilogue is null ? inner.Epilogues : inner.Epilogues.Insert(0, epilogue));
                    }
                }

                yield break;
            }

            if (ToIrProbePoint(point) is { } lowered)
                yield return new ExpandedPoint(lowered, ImmutableArray<BlockSyntax>.Empty, ImmutableArray<BlockSyntax>.Empty);
            else
                Report(ErrorCode.ERR_LoweringUnsupportedProbePoint, point, Shorten(point.ToString()));
        }

        /// <summary>The IR point of a built-in family point the emitter knows, or null.</summary>
        private static IrProbePoint? ToIrProbePoint(ProbePointSyntax point)
        {
            var components = new List<(string Name, ExpressionSyntax? Argument)>();
            foreach (BaseProbePointComponentSyntax component in point.Components)
            {
                if (component is not ProbePointComponentSyntax simple)
                    return null;
                components.Add((string.Concat(simple.NameTokens.Select(t => t.Text)), simple.Argument?.Value));
            }

            if (components.Count == 0)
                return null;
            (string name, ExpressionSyntax? argument) = components[0];
            if (components.Count == 1)
            {
                IrSessionProbeKind? kind = name switch
                {
                    "begin" => IrSessionProbeKind.Begin,
                    "end" => IrSessionProbeKind.End,
                    "error" => IrSessionProbeKind.Error,
                    "oneshot" => IrSessionProbeKind.Oneshot,
                    "never" => IrSessionProbeKind.Never,
                    _ => null,
                };
                if (kind is null)
                    return null;
                if (argument is null)
                    return new IrSessionProbePoint(kind.Value);
                return kind is IrSessionProbeKind.Begin or IrSessionProbeKind.End or IrSessionProbeKind.Error
                    && ConstantLong(argument) is long sequence ? new IrSessionProbePoint(kind.Value, sequence) : null;
            }

            return name switch
            {
                "timer" when argument is null => ToTimer(components),
                "procfs" when components.Count == 2 && components[1].Argument is null => ToProcfs(argument, components[1].Name),
                _ => null,
            };
        }

        private static IrProbePoint? ToTimer(List<(string Name, ExpressionSyntax? Argument)> components)
        {
            (string unitName, ExpressionSyntax? interval) = components[1];
            if (unitName == "profile" && components.Count == 2 && interval is null)
                return new IrTimerProbePoint(IrTimerUnit.Profile, 0);
            IrTimerUnit? unit = unitName switch
            {
                "ms" or "msec" => IrTimerUnit.Milliseconds,
                "s" or "sec" => IrTimerUnit.Seconds,
                "us" or "usec" => IrTimerUnit.Microseconds,
                "ns" or "nsec" => IrTimerUnit.Nanoseconds,
                "hz" => IrTimerUnit.Hertz,
                "jiffies" => IrTimerUnit.Jiffies,
                _ => null,
            };
            if (unit is null || interval is null || ConstantLong(interval) is not long period)
                return null;
            long randomize = 0;
            if (components.Count == 3)
            {
                if (components[2].Name != "randomize" || components[2].Argument is not { } spread || ConstantLong(spread) is not long value)
                    return null;
                randomize = value;
            }
            else if (components.Count > 3)
            {
                return null;
            }

            return new IrTimerProbePoint(unit.Value, period, randomize);
        }

        private static IrProbePoint? ToProcfs(ExpressionSyntax? path, string operation)
        {
            if (operation is not ("read" or "write"))
                return null;
            string? file = path is null ? "command" : ConstantString(path);
            return file is null ? null : new IrProcfsProbePoint(file, operation == "write");
        }
    }
}
