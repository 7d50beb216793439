using System.Collections.Generic;
using System.Globalization;
using StapSharp.Codegen.Ir;
using StapSharp.Codegen.Lowering;
using StapSharp.Diagnostics;

namespace StapSharp.Codegen
{
    /// <summary>
    /// Infers the <see cref="StatisticOptions"/> of every statistics global from its uses in all probes and functions,
    /// in module order, and reports what stap rejects: two histogram types on one global, a <c>@variance</c> shift that
    /// differs from an earlier non-zero one, a shift outside 0..62.
    /// </summary>
    internal static class StatisticInference
    {
        /// <summary>The largest <c>@variance</c> bit shift stap accepts.</summary>
        public const int MaxVarianceShift = 62;

        public static Dictionary<string, StatisticOptions> Infer(IrModule module, EmitContext context)
        {
            var options = new Dictionary<string, StatisticOptions>(System.StringComparer.Ordinal);
            foreach (IrGlobal global in module.Globals)
            {
                if (global.ValueType == IrType.Statistics)
                    options[global.Name] = new StatisticOptions();
            }
            foreach (IrProbe probe in module.Probes)
            {
                // stap decides the options before it adds the end-of-run display of unread globals.
                if (probe.Location?.Path == GlobalDisplay.SyntheticPath) continue;
                Visit(probe.Body, options, context);
            }
            foreach (IrFunction function in module.Functions)
                Visit(function.Body, options, context);
            return options;
        }

        private static void Visit(IrStatement body, Dictionary<string, StatisticOptions> options, EmitContext context)
        {
            StatisticOptions? Of(IrGlobal global) =>
                global.ValueType == IrType.Statistics && options.TryGetValue(global.Name, out StatisticOptions? o) ? o : null;

            foreach (object node in IrWalker.Descendants(body))
            {
                switch (node)
                {
                    case IrStatisticValue value when Of(value.Aggregate) is { } o:
                        o.Used = true;
                        o.Add(value.Operator);
                        if (value.Operator == IrStatisticOperator.Variance)
                            SetShift(o, value, context);
                        break;
                    case IrForeach loop when Of(loop.Array) is { } o:
                        o.Used = true;
                        if (loop.Sort is { Column: 0 } sort)
                            o.Add(SortOperator(sort));
                        break;
                    case IrArrayContains contains when Of(contains.Array) is { } o:
                        o.Used = true;
                        break;
                    case IrDelete { Target: IrGlobalReference g } when Of(g.Global) is { } o:
                        o.Used = true;
                        break;
                    case IrDelete { Target: IrArrayElement e } when Of(e.Array) is { } o:
                        o.Used = true;
                        break;
                    case IrHistogramPrint print when Of(print.Aggregate) is { } o:
                        SetHistogram(o, print.Aggregate, print.Histogram, print.Location, context);
                        break;
                    case IrHistogramText text when Of(text.Aggregate) is { } o:
                        SetHistogram(o, text.Aggregate, text.Histogram, text.Location, context);
                        break;
                    case IrHistogramBucket bucket when Of(bucket.Aggregate) is { } o:
                        SetHistogram(o, bucket.Aggregate, bucket.Histogram, bucket.Location, context);
                        break;
                    case IrHistogramForeach loop when Of(loop.Aggregate) is { } o:
                        SetHistogram(o, loop.Aggregate, loop.Histogram, loop.Location, context);
                        break;
                }
            }
        }

        /// <summary>
        /// The extractor a value sort of an array of statistics orders by. stap 4.8 has no SORT_VARIANCE: it sorts
        /// <c>@variance</c> on the count (and declares only the count), so this does too.
        /// </summary>
        public static IrStatisticOperator SortOperator(IrForeachSort sort) =>
            sort.Aggregate is IrStatisticOperator op && op != IrStatisticOperator.Variance ? op : IrStatisticOperator.Count;

        private static void SetShift(StatisticOptions options, IrStatisticValue value, EmitContext context)
        {
            int shift = value.VarianceShift;
            if (shift < 0 || shift > MaxVarianceShift)
            {
                context.Report(ErrorCode.ERR_StatisticParameterOutOfRange, value.Location,
                    "the @variance bit shift (" + shift.ToString(CultureInfo.InvariantCulture) + ")", "<0.." + MaxVarianceShift.ToString(CultureInfo.InvariantCulture) + ">");
                return;
            }
            // stap keeps the first non-zero shift; a later different one (0 included) is an error.
            if (options.VarianceShift != 0 && options.VarianceShift != shift)
            {
                context.Report(ErrorCode.ERR_ConflictingStatisticOptions, value.Location, value.Aggregate.Name,
                    "@variance bit shift " + shift.ToString(CultureInfo.InvariantCulture) + " after " + options.VarianceShift.ToString(CultureInfo.InvariantCulture));
                return;
            }
            options.VarianceShift = shift;
        }

        private static void SetHistogram(StatisticOptions options, IrGlobal global, IrHistogram histogram, IrSourceLocation? location, EmitContext context)
        {
            options.Used = true;
            if (options.Histogram is null)
                options.Histogram = histogram;
            else if (options.Histogram != histogram)
                context.Report(ErrorCode.ERR_ConflictingStatisticOptions, location, global.Name,
                    histogram + " after " + options.Histogram + " (a global has one histogram type)");
        }
    }
}
