using System.Collections.Immutable;
using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Lowering
{
    /// <summary>
    /// Statistics: <c>&lt;&lt;&lt;</c> into scalar aggregates and array elements, the extractors (incl. <c>@variance</c> and its
    /// bit shift), histograms printed, indexed and iterated. Which runtime options each global needs is inferred later
    /// from all its uses (see <c>StatisticInference</c>).
    /// </summary>
    internal sealed partial class Lowerer
    {
        /// <summary>A statistics aggregate: a scalar global (no keys) or an element of a global array of statistics.</summary>
        private bool TryLowerAggregate(BoundExpression operand, out IrGlobal aggregate, out ImmutableArray<IrExpression> keys)
        {
            keys = ImmutableArray<IrExpression>.Empty;
            aggregate = null!;
            switch (operand)
            {
                case BoundVariableReference { Variable: GlobalSymbol { IsArray: false } global } reference:
                    aggregate = GetGlobal(global, reference.Syntax);
                    break;
                case BoundArrayElement { Array: GlobalSymbol { IsArray: true } global } element:
                    aggregate = GetGlobal(global, Unparenthesize(((ElementAccessExpressionSyntax)element.Syntax).Expression));
                    keys = LowerKeys(element.Keys);
                    break;
                default:
                    return false;
            }
            return aggregate.ValueType == IrType.Statistics;
        }

        private IrStatement LowerStatisticAdd(BoundAssignment assignment)
        {
            var left = ((AssignmentExpressionSyntax)assignment.Syntax).Left;
            if (!TryLowerAggregate(assignment.Target, out IrGlobal aggregate, out ImmutableArray<IrExpression> keys))
                return new IrExpressionStatement(Unsupported(left, "'<<<' into '" + Shorten(left.ToString()) + "' (a global aggregate or an element of a global array of statistics is needed)"));
            return new IrStatisticAdd(aggregate, LowerExpression(assignment.Value)) { Keys = keys };
        }

        private IrExpression LowerStatistic(BoundStatistic statistic)
        {
            var syntax = (StatisticExpressionSyntax)statistic.Syntax;
            IrStatisticOperator op = StatisticOperatorOf(statistic.StatisticKind);
            if (!TryLowerAggregate(statistic.Operand, out IrGlobal aggregate, out ImmutableArray<IrExpression> keys))
                return Unsupported(syntax.Operand, "'" + syntax.OperatorKeyword.Text + "' of '" + Shorten(syntax.Operand.ToString()) + "' (a global aggregate or an element of a global array of statistics is needed)");
            int shift = 0;
            if (statistic.Shift is { } shiftExpression)
            {
                if (ConstantLong(shiftExpression) is not long value)
                    return Unsupported(syntax.Shift!, "a @variance bit shift that is not an integer literal");
                if (value < 0 || value > StatisticInference.MaxVarianceShift)
                {
                    Report(ErrorCode.ERR_StatisticParameterOutOfRange, syntax, "the @variance bit shift (" + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")",
                        "<0.." + StatisticInference.MaxVarianceShift.ToString(System.Globalization.CultureInfo.InvariantCulture) + ">");
                    return new IrLongLiteral(0);
                }
                shift = (int)value;
            }
            return new IrStatisticValue(op, aggregate) { Keys = keys, VarianceShift = shift };
        }

        /// <summary>The value of a constant operand: a number literal, possibly signed (folded by the binder), or null.</summary>
        private static long? ConstantLong(BoundExpression expression) => expression switch
        {
            BoundLongLiteral literal when ((LiteralExpressionSyntax)literal.Syntax).Tokens.Count == 1 => literal.Value,
            BoundUnary { ConstantValue: long value } => value,
            _ => null,
        };

        /// <summary>The aggregate and histogram of <c>@hist_log(agg)</c> / <c>@hist_linear(agg, start, stop, interval)</c>; null after reporting.</summary>
        private (IrGlobal Aggregate, ImmutableArray<IrExpression> Keys, IrHistogram Histogram)? LowerHistogram(BoundHistogram histogram)
        {
            var syntax = (HistogramExpressionSyntax)histogram.Syntax;
            if (!TryLowerAggregate(histogram.Operand, out IrGlobal aggregate, out ImmutableArray<IrExpression> keys))
            {
                Unsupported(syntax.Operand, "'" + syntax.OperatorKeyword.Text + "' of '" + Shorten(syntax.Operand.ToString()) + "' (a global aggregate or an element of a global array of statistics is needed)");
                return null;
            }
            if (!histogram.IsLinear)
                return (aggregate, keys, IrHistogram.Log);
            if (histogram.Parameters.Length != 3)
            {
                Unsupported(syntax, "'@hist_linear' without bounds");
                return null;
            }
            int? Bound(BoundExpression parameter)
            {
                if (ConstantLong(parameter) is long value && value >= int.MinValue && value <= int.MaxValue)
                    return (int)value;
                Report(ErrorCode.ERR_StatisticParameterOutOfRange, parameter.Syntax, "the @hist_linear bound '" + Shorten(parameter.Syntax.ToString()) + "'", "an integer literal of 32 bits is needed");
                return null;
            }
            int? start = Bound(histogram.Parameters[0]), stop = Bound(histogram.Parameters[1]), interval = Bound(histogram.Parameters[2]);
            if (start is null || stop is null || interval is null)
                return null;
            return (aggregate, keys, new IrHistogram(IrHistogramKind.Linear, start.Value, stop.Value, interval.Value));
        }

        /// <summary><c>@hist_log(agg)[i]</c>.</summary>
        private IrExpression LowerHistogramBucket(BoundHistogramBucket bucket)
        {
            if (LowerHistogram(bucket.Histogram) is not var (aggregate, keys, histogram))
                return new IrLongLiteral(0);
            return new IrHistogramBucket(aggregate, histogram, LowerExpression(bucket.Index)) { Keys = keys, Location = LocationOf(bucket.Histogram.Syntax) };
        }

        /// <summary><c>print(@hist_log(agg))</c> and <c>println(...)</c> print the runtime's histogram (println adds no newline, as in stap).</summary>
        private IrStatement? TryLowerHistogramPrint(BoundPrint print)
        {
            if (print.ReturnsString || print.PrintKind is not (BoundPrintKind.Print or BoundPrintKind.Println)
                || print.Arguments.Length != 1 || print.Arguments[0] is not BoundHistogram histogramNode)
                return null;
            if (LowerHistogram(histogramNode) is not var (aggregate, keys, histogram))
                return new IrBlock(ImmutableArray<IrStatement>.Empty);
            return new IrHistogramPrint(aggregate, histogram) { Keys = keys };
        }

        /// <summary><c>sprint(@hist_log(agg))</c> and <c>sprintln(...)</c>: the printed histogram as a string (sprintln adds no newline, as in stap).</summary>
        private IrExpression? TryLowerHistogramText(BoundPrint print)
        {
            if (!print.ReturnsString || print.PrintKind is not (BoundPrintKind.Print or BoundPrintKind.Println)
                || print.Arguments.Length != 1 || print.Arguments[0] is not BoundHistogram histogramNode)
                return null;
            if (LowerHistogram(histogramNode) is not var (aggregate, keys, histogram))
                return new IrStringLiteral("");
            return new IrHistogramText(aggregate, histogram) { Keys = keys };
        }

        /// <summary><c>foreach ([v =] i in @hist_log(agg) [limit n])</c>: a sort marker is accepted and ignored, as by stap.</summary>
        private IrStatement LowerHistogramForeach(BoundForeachStatement statement, BoundHistogram histogramNode)
        {
            var syntax = (ForeachStatementSyntax)statement.Syntax;
            if (statement.Keys.Length != 1)
                return new IrExpressionStatement(Unsupported(syntax, "a foreach over a histogram with " + statement.Keys.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " keys"));
            if (LowerHistogram(histogramNode) is not var (aggregate, keys, histogram))
                return new IrBlock(ImmutableArray<IrStatement>.Empty);
            IrVariable bucket = LocalOf(statement.Keys[0], syntax.Keys[0]);
            IrVariable? value = statement.Value is { } valueVariable ? LocalOf(valueVariable, syntax.Value!) : null;
            IrExpression? limit = statement.Limit is { } limitExpression ? LowerExpression(limitExpression) : null;
            return new IrHistogramForeach(bucket, aggregate, histogram, LowerEmbedded(statement.Body))
            {
                Keys = keys,
                Value = value,
                Limit = limit,
            };
        }

        private static IrStatisticOperator StatisticOperatorOf(BoundStatisticKind kind) => kind switch
        {
            BoundStatisticKind.Count => IrStatisticOperator.Count,
            BoundStatisticKind.Sum => IrStatisticOperator.Sum,
            BoundStatisticKind.Min => IrStatisticOperator.Min,
            BoundStatisticKind.Max => IrStatisticOperator.Max,
            BoundStatisticKind.Average => IrStatisticOperator.Average,
            _ => IrStatisticOperator.Variance,
        };
    }
}
