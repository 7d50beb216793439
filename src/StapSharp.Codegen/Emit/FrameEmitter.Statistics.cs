using System.Collections.Immutable;
using System.Globalization;
using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;

namespace StapSharp.Codegen
{
    /// <summary>
    /// Aggregates as stap 4.8 emits them: scalars are a <c>Stat</c> (<c>_stp_stat_add</c>/<c>_stp_stat_get</c>), arrays of
    /// statistics a per-CPU <c>PMAP</c> (<c>_stp_pmap_add/get/del_*</c>, aggregated by <c>_stp_pmap_agg_*</c> before a
    /// foreach); extractors read the aggregated <c>stat_data</c>, histograms print through <c>_stp_stat_print_histogram</c>.
    /// </summary>
    internal sealed partial class FrameEmitter
    {
        /// <summary>Checks that <paramref name="aggregate"/> is a statistics global indexed by <paramref name="keyCount"/> keys (0 for a scalar).</summary>
        private bool CheckAggregate(IrGlobal aggregate, int keyCount, string what, IrSourceLocation? location)
        {
            if (!_context.CheckDeclared(aggregate, location))
                return false;
            if (aggregate.ValueType != IrType.Statistics)
            {
                _context.Report(ErrorCode.ERR_IrTypeMismatch, location, what, "a statistics global", "'" + aggregate.Name + "'");
                return false;
            }
            if (aggregate.KeyTypes.Length != keyCount)
            {
                _context.Report(ErrorCode.ERR_IrTypeMismatch, location, what + " of '" + aggregate.Name + "'",
                    aggregate.KeyTypes.Length.ToString(CultureInfo.InvariantCulture) + " keys", keyCount.ToString(CultureInfo.InvariantCulture) + " keys");
                return false;
            }
            return true;
        }

        /// <summary>Emits the lookup of the aggregated data of a scalar aggregate or of one array element (NULL when absent) and returns its temporary.</summary>
        private string StatisticData(IrGlobal aggregate, ImmutableArray<IrExpression> keys, IrSourceLocation? location)
        {
            string data = NewTemporary("stat_data *");
            string global = "global(" + CNames.Global(aggregate.Name) + ")";
            if (aggregate.IsArray)
            {
                string[] values = MapKeys(keys, Operands(KeyExpressions(aggregate, keys, location)));
                _w.Line(data + " = _stp_pmap_get_" + Suffix(aggregate) + " (" + global + ", " + string.Join(", ", values) + ");");
            }
            else
            {
                _w.Line(data + " = _stp_stat_get (" + global + ", 0);");
            }
            return data;
        }

        /// <summary>The runtime's histogram description (<c>struct _Hist</c>) of a statistics global.</summary>
        private static string HistogramOf(IrGlobal aggregate)
        {
            string global = "global(" + CNames.Global(aggregate.Name) + ")";
            return aggregate.IsArray ? "_stp_pmap_get_agg(" + global + ")->hist" : global + "->hist";
        }

        private static string OperatorName(IrStatisticOperator op) => op switch
        {
            IrStatisticOperator.Count => "@count",
            IrStatisticOperator.Sum => "@sum",
            IrStatisticOperator.Min => "@min",
            IrStatisticOperator.Max => "@max",
            IrStatisticOperator.Average => "@avg",
            _ => "@variance",
        };

        private string Statistic(IrStatisticValue statistic)
        {
            string name = OperatorName(statistic.Operator);
            if (!CheckAggregate(statistic.Aggregate, statistic.Keys.Length, "'" + name + "'", statistic.Location))
                return "0";
            string data = StatisticData(statistic.Aggregate, statistic.Keys, statistic.Location);
            string result = LongTemporary();
            switch (statistic.Operator)
            {
                case IrStatisticOperator.Count:
                case IrStatisticOperator.Sum:
                    string field = statistic.Operator == IrStatisticOperator.Count ? "count" : "sum";
                    _w.Line(result + " = (unlikely (" + data + " == NULL)) ? 0 : " + data + "->" + field + ";");
                    break;
                default:
                    FailIf(data + " == NULL || " + data + "->count == 0", "empty aggregate", "operator '" + name + "'", statistic.Location);
                    _w.Line(result + " = " + statistic.Operator switch
                    {
                        IrStatisticOperator.Min => data + "->min;",
                        IrStatisticOperator.Max => data + "->max;",
                        IrStatisticOperator.Variance => data + "->variance;",
                        _ => "_stp_div64 (NULL, " + data + "->sum, " + data + "->count);",
                    });
                    break;
            }
            return result;
        }

        private void StatisticAdd(IrStatisticAdd s)
        {
            if (!CheckAggregate(s.Aggregate, s.Keys.Length, "'<<<'", s.Location))
                return;
            StatisticOptions options = _context.StatisticOptionsOf(s.Aggregate);
            string global = "global(" + CNames.Global(s.Aggregate.Name) + ")";
            if (!s.Aggregate.IsArray)
            {
                string added = Expect(s.Value, IrType.Long, "'<<<'");
                _w.Line("_stp_stat_add (" + global + ", " + added + ", " + options.AddFlags(isArray: false) + ");");
                return;
            }
            if (s.Value.Type != IrType.Long)
            {
                _context.Report(ErrorCode.ERR_IrTypeMismatch, s.Value.Location ?? s.Location, "'<<<'", "long", TypeName(s.Value.Type));
                return;
            }
            string[] operands = MapKeys(s.Keys, Operands(KeyExpressions(s.Aggregate, s.Keys, s.Location).Add(s.Value)));
            _w.OpenBlock();
            _w.Line("int rc = _stp_pmap_add_" + Suffix(s.Aggregate) + " (" + global + ", " + string.Join(", ", operands) + ", " + options.AddFlags(isArray: true) + ");");
            FailIf("rc", "Array overflow, check MAXMAPENTRIES", "index", s.Location);
            _w.CloseBlock();
        }

        private void HistogramPrint(IrHistogramPrint s)
        {
            if (!CheckAggregate(s.Aggregate, s.Keys.Length, "'" + s.Histogram + "'", s.Location))
                return;
            string data = StatisticData(s.Aggregate, s.Keys, s.Location);
            FailIf(data + " == NULL || " + data + "->count == 0", "empty aggregate", "identifier 'print'", s.Location);
            _w.Line("_stp_stat_print_histogram (&(" + HistogramOf(s.Aggregate) + "), " + data + ");");
        }

        private string HistogramText(IrHistogramText text)
        {
            if (!CheckAggregate(text.Aggregate, text.Keys.Length, "'" + text.Histogram + "'", text.Location))
                return "\"\"";
            string data = StatisticData(text.Aggregate, text.Keys, text.Location);
            FailIf(data + " == NULL || " + data + "->count == 0", "empty aggregate", "identifier 'sprint'", text.Location);
            string result = StringTemporary();
            _w.Line("_stp_stat_print_histogram_buf (" + result + ", MAXSTRINGLEN, &(" + HistogramOf(text.Aggregate) + "), " + data + ");");
            return result;
        }

        private string HistogramBucket(IrHistogramBucket bucket)
        {
            string what = "operator '" + (bucket.Histogram.Kind == IrHistogramKind.Log ? "@hist_log" : "@hist_linear") + "'";
            if (!CheckAggregate(bucket.Aggregate, bucket.Keys.Length, "'" + bucket.Histogram + "'", bucket.Location))
                return "0";
            string data = StatisticData(bucket.Aggregate, bucket.Keys, bucket.Location);
            string index = Snapshot(Expect(bucket.Index, IrType.Long, "histogram index"), IrType.Long);
            FailIf(data + " == NULL || " + data + "->count == 0", "empty aggregate", what, bucket.Location);
            FailIf(index + " < 0 || " + index + " >= " + HistogramOf(bucket.Aggregate) + ".buckets", "histogram index out of range", what, bucket.Location);
            string result = LongTemporary();
            _w.Line(result + " = " + data + "->histogram[" + index + "];");
            return result;
        }

        /// <summary>
        /// Every bucket index in order, as stap iterates a histogram (a sort marker does not reorder it). An absent
        /// array element has no buckets to visit.
        /// </summary>
        private void HistogramForeach(IrHistogramForeach s)
        {
            if (!CheckAggregate(s.Aggregate, s.Keys.Length, "foreach over '" + s.Histogram + "'", s.Location))
                return;
            if (s.Bucket.Type != IrType.Long || s.Value is { Type: not IrType.Long })
            {
                _context.Report(ErrorCode.ERR_IrTypeMismatch, s.Location, "foreach over '" + s.Histogram + "'", "long variables", "a " + TypeName(s.Value?.Type ?? s.Bucket.Type));
                return;
            }
            string data = StatisticData(s.Aggregate, s.Keys, s.Location);
            string? limit = s.Limit is null ? null : Snapshot(Expect(s.Limit, IrType.Long, "foreach limit"), IrType.Long);
            string? counter = null;
            if (limit is not null)
            {
                counter = LongTemporary();
                _w.Line(counter + " = 0;");
            }
            string bucket = "l->" + CNames.Local(s.Bucket.Name);
            string n = NewLabelNumber();
            string top = "top_" + n, next = "continue_" + n, end = "break_" + n;
            _w.Line(bucket + " = 0;");
            _w.Label(top);
            _w.Line("if (! (" + data + " != NULL && " + bucket + " >= 0 && " + bucket + " < " + HistogramOf(s.Aggregate) + ".buckets)) goto " + end + ";");
            if (counter is not null)
                _w.Line("if (" + counter + "++ >= " + limit + ") goto " + end + ";");
            if (s.Value is not null)
                _w.Line("l->" + CNames.Local(s.Value.Name) + " = " + data + "->histogram[" + bucket + "];");
            LoopBody(s.Body, end, next);
            _w.Label(next);
            _w.Line(bucket + "++;");
            _w.Line("goto " + top + ";");
            _w.Label(end);
        }

        /// <summary>
        /// Before a foreach over an array of statistics: aggregates the per-CPU maps (an error when the aggregate map
        /// overflows) and returns the aggregated map the loop iterates.
        /// </summary>
        private string AggregatePmap(IrGlobal array)
        {
            string global = "global(" + CNames.Global(array.Name) + ")";
            _w.OpenBlock("if (unlikely (NULL == _stp_pmap_agg_" + Suffix(array) + " (" + global + ")))");
            _w.Line("c->last_error = " + CStringLiteral.Quote("aggregation overflow in " + global) + ";");
            _w.Line("goto " + _errorLabel + ";");
            _w.CloseBlock();
            return "_stp_pmap_get_agg(" + global + ")";
        }

        /// <summary>The runtime's sort column for a value sort of an array of statistics (<c>SORT_COUNT</c>...).</summary>
        private static string SortColumn(IrForeachSort sort) => StatisticInference.SortOperator(sort) switch
        {
            IrStatisticOperator.Sum => "SORT_SUM",
            IrStatisticOperator.Min => "SORT_MIN",
            IrStatisticOperator.Max => "SORT_MAX",
            IrStatisticOperator.Average => "SORT_AVG",
            _ => "SORT_COUNT",
        };
    }
}
