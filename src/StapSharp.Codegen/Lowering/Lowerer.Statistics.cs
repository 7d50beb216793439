using System.Collections.Immutable;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen
{
    /// <summary>
    /// Statistics: <c>&lt;&lt;&lt;</c> into scalar aggregates and array elements, the extractors (incl. <c>@variance</c> and its
    /// bit shift), histograms printed, indexed and iterated. Which runtime options each global needs is inferred later
    /// from all its uses (see <c>StatisticInference</c>).
    /// </summary>
    internal sealed partial class Lowerer
    {
        /// <summary>A statistics aggregate: a scalar global (no keys) or an element of a global array of statistics.</summary>
        private bool TryLowerAggregate(ExpressionSyntax syntax, out IrGlobal aggregate, out ImmutableArray<IrExpression> keys)
        {
            syntax = Unparenthesize(syntax);
            keys = ImmutableArray<IrExpression>.Empty;
            aggregate = null!;
            switch (syntax)
            {
                case IdentifierNameSyntax name when SymbolOf(name) is GlobalSymbol { IsArray: false } global:
                    aggregate = GetGlobal(global, name);
                    break;
                case ElementAccessExpressionSyntax { Kind: SyntaxKind.ElementAccessExpression } element
                    when Unparenthesize(element.Expression) is IdentifierNameSyntax name && SymbolOf(name) is GlobalSymbol { IsArray: true } global:
                    aggregate = GetGlobal(global, name);
                    keys = LowerKeys(element.ArgumentList.Arguments);
                    break;
                default:
                    return false;
            }
            return aggregate.ValueType == IrType.Statistics;
        }

        private IrStatement LowerStatisticAdd(AssignmentExpressionSyntax assignment)
        {
            if (!TryLowerAggregate(assignment.Left, out IrGlobal aggregate, out ImmutableArray<IrExpression> keys))
                return new IrExpressionStatement(Unsupported(assignment.Left, "'<<<' into '" + Shorten(assignment.Left.ToString()) + "' (a global aggregate or an element of a global array of statistics is needed)"));
            return new IrStatisticAdd(aggregate, LowerExpression(assignment.Right)) { Keys = keys };
        }

        private IrExpression LowerStatistic(StatisticExpressionSyntax statistic)
        {
            IrStatisticOperator? op = statistic.Kind switch
            {
                SyntaxKind.CountExpression => IrStatisticOperator.Count,
                SyntaxKind.SumExpression => IrStatisticOperator.Sum,
                SyntaxKind.MinExpression => IrStatisticOperator.Min,
                SyntaxKind.MaxExpression => IrStatisticOperator.Max,
                SyntaxKind.AverageExpression => IrStatisticOperator.Average,
                SyntaxKind.VarianceExpression => IrStatisticOperator.Variance,
                _ => null,
            };
            if (op is null)
                return Unsupported(statistic, "'" + statistic.OperatorKeyword.Text + "'");
            if (!TryLowerAggregate(statistic.Operand, out IrGlobal aggregate, out ImmutableArray<IrExpression> keys))
                return Unsupported(statistic.Operand, "'" + statistic.OperatorKeyword.Text + "' of '" + Shorten(statistic.Operand.ToString()) + "' (a global aggregate or an element of a global array of statistics is needed)");
            int shift = 0;
            if (statistic.Shift is { } shiftSyntax)
            {
                if (ConstantLong(shiftSyntax) is not long value)
                    return Unsupported(shiftSyntax, "a @variance bit shift that is not an integer literal");
                if (value < 0 || value > StatisticInference.MaxVarianceShift)
                {
                    Report(ErrorCode.ERR_StatisticParameterOutOfRange, statistic, "the @variance bit shift (" + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")",
                        "<0.." + StatisticInference.MaxVarianceShift.ToString(System.Globalization.CultureInfo.InvariantCulture) + ">");
                    return new IrLongLiteral(0);
                }
                shift = (int)value;
            }
            return new IrStatisticValue(op.Value, aggregate) { Keys = keys, VarianceShift = shift };
        }

        /// <summary>The aggregate and histogram of <c>@hist_log(agg)</c> / <c>@hist_linear(agg, start, stop, interval)</c>; null after reporting.</summary>
        private (IrGlobal Aggregate, ImmutableArray<IrExpression> Keys, IrHistogram Histogram)? LowerHistogram(HistogramExpressionSyntax histogram)
        {
            if (!TryLowerAggregate(histogram.Operand, out IrGlobal aggregate, out ImmutableArray<IrExpression> keys))
            {
                Unsupported(histogram.Operand, "'" + histogram.OperatorKeyword.Text + "' of '" + Shorten(histogram.Operand.ToString()) + "' (a global aggregate or an element of a global array of statistics is needed)");
                return null;
            }
            if (histogram.Kind == SyntaxKind.LogHistogramExpression)
                return (aggregate, keys, IrHistogram.Log);
            if (histogram.Bounds is not { } bounds)
            {
                Unsupported(histogram, "'@hist_linear' without bounds");
                return null;
            }
            int? Bound(ExpressionSyntax syntax)
            {
                if (ConstantLong(syntax) is long value && value >= int.MinValue && value <= int.MaxValue)
                    return (int)value;
                Report(ErrorCode.ERR_StatisticParameterOutOfRange, syntax, "the @hist_linear bound '" + Shorten(syntax.ToString()) + "'", "an integer literal of 32 bits is needed");
                return null;
            }
            int? start = Bound(bounds.Low), stop = Bound(bounds.High), interval = Bound(bounds.Step);
            if (start is null || stop is null || interval is null)
                return null;
            return (aggregate, keys, new IrHistogram(IrHistogramKind.Linear, start.Value, stop.Value, interval.Value));
        }

        /// <summary><c>@hist_log(agg)[i]</c>.</summary>
        private IrExpression LowerHistogramBucket(ElementAccessExpressionSyntax element, HistogramExpressionSyntax histogramSyntax)
        {
            if (element.ArgumentList.Arguments.Count != 1)
                return Unsupported(element, "a histogram indexed by " + element.ArgumentList.Arguments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " values");
            if (LowerHistogram(histogramSyntax) is not var (aggregate, keys, histogram))
                return new IrLongLiteral(0);
            return new IrHistogramBucket(aggregate, histogram, LowerExpression(element.ArgumentList.Arguments[0])) { Keys = keys, Location = LocationOf(histogramSyntax) };
        }

        /// <summary><c>print(@hist_log(agg))</c> and <c>println(...)</c> print the runtime's histogram (println adds no newline, as in stap).</summary>
        private IrStatement? TryLowerHistogramPrint(InvocationExpressionSyntax invocation)
        {
            string name = invocation.Identifier.ValueText;
            if (name is not ("print" or "println") || invocation.ArgumentList.Arguments.Count != 1
                || Unparenthesize(invocation.ArgumentList.Arguments[0]) is not HistogramExpressionSyntax histogramSyntax)
                return null;
            if (!(invocation.Kind == SyntaxKind.PrintInvocationExpression || SymbolOf(invocation) is null))
                return null;
            if (LowerHistogram(histogramSyntax) is not var (aggregate, keys, histogram))
                return new IrBlock(ImmutableArray<IrStatement>.Empty);
            return new IrHistogramPrint(aggregate, histogram) { Keys = keys };
        }

        /// <summary><c>sprint(@hist_log(agg))</c> and <c>sprintln(...)</c>: the printed histogram as a string (sprintln adds no newline, as in stap).</summary>
        private IrExpression? TryLowerHistogramText(InvocationExpressionSyntax invocation)
        {
            if (invocation.Identifier.ValueText is not ("sprint" or "sprintln") || invocation.ArgumentList.Arguments.Count != 1
                || Unparenthesize(invocation.ArgumentList.Arguments[0]) is not HistogramExpressionSyntax histogramSyntax)
                return null;
            if (LowerHistogram(histogramSyntax) is not var (aggregate, keys, histogram))
                return new IrStringLiteral("");
            return new IrHistogramText(aggregate, histogram) { Keys = keys };
        }

        /// <summary><c>foreach ([v =] i in @hist_log(agg) [limit n])</c>: a sort marker is accepted and ignored, as by stap.</summary>
        private IrStatement LowerHistogramForeach(ForeachStatementSyntax statement, HistogramExpressionSyntax histogramSyntax)
        {
            if (statement.Keys.Count != 1)
                return new IrExpressionStatement(Unsupported(statement, "a foreach over a histogram with " + statement.Keys.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " keys"));
            if (LowerHistogram(histogramSyntax) is not var (aggregate, keys, histogram))
                return new IrBlock(ImmutableArray<IrStatement>.Empty);
            ForeachKeySyntax key = statement.Keys[0];
            IrVariable bucket = LocalOf(key, key.Identifier.ValueText);
            IrVariable? value = statement.Value is { } valueSyntax ? LocalOf(valueSyntax, valueSyntax.Identifier.ValueText) : null;
            IrExpression? limit = statement.Limit is { } limitClause ? LowerExpression(limitClause.Expression) : null;
            return new IrHistogramForeach(bucket, aggregate, histogram, LowerEmbedded(statement.Statement))
            {
                Keys = keys,
                Value = value,
                Limit = limit,
            };
        }

        private static IrStatisticOperator? SortOperator(SyntaxKind keyword) => keyword switch
        {
            SyntaxKind.AtCountKeyword => IrStatisticOperator.Count,
            SyntaxKind.AtSumKeyword => IrStatisticOperator.Sum,
            SyntaxKind.AtMinKeyword => IrStatisticOperator.Min,
            SyntaxKind.AtMaxKeyword => IrStatisticOperator.Max,
            SyntaxKind.AtAvgKeyword => IrStatisticOperator.Average,
            SyntaxKind.AtVarianceKeyword => IrStatisticOperator.Variance,
            _ => null,
        };
    }
}
