using System.Collections.Generic;
using System.Globalization;
using System.Text;
using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen
{
    /// <summary>
    /// What one statistics global needs from the runtime, inferred from all its uses as stap 4.8 infers it: one
    /// <c>STAT_OP_*</c> per extractor used (a value sort counts as its extractor, <c>@count</c> by default), the
    /// <c>@variance</c> bit shift, and at most one histogram. A global that is only ever fed with <c>&lt;&lt;&lt;</c> gets
    /// stap's default set (count, sum, min, max, avg).
    /// </summary>
    internal sealed class StatisticOptions
    {
        public bool Count { get; set; }

        public bool Sum { get; set; }

        public bool Min { get; set; }

        public bool Max { get; set; }

        public bool Average { get; set; }

        public bool Variance { get; set; }

        public int VarianceShift { get; set; }

        public IrHistogram? Histogram { get; set; }

        /// <summary>True once anything but <c>&lt;&lt;&lt;</c> refers to the global (an extractor, foreach, <c>in</c>, delete, a histogram).</summary>
        public bool Used { get; set; }

        public void Add(IrStatisticOperator op)
        {
            switch (op)
            {
                case IrStatisticOperator.Count: Count = true; break;
                case IrStatisticOperator.Sum: Sum = true; break;
                case IrStatisticOperator.Min: Min = true; break;
                case IrStatisticOperator.Max: Max = true; break;
                case IrStatisticOperator.Average: Average = true; break;
                case IrStatisticOperator.Variance: Variance = true; break;
            }
        }

        /// <summary>The options when the global is declared: the default set when nothing but <c>&lt;&lt;&lt;</c> uses it.</summary>
        public StatisticOptions Effective() => Used || Histogram is not null
            ? this
            : new StatisticOptions { Count = true, Sum = true, Min = true, Max = true, Average = true, Used = true };

        /// <summary>
        /// The argument list of <c>_stp_stat_init</c> / <c>_stp_pmap_new_*</c> (without the NULL terminator), in stap's
        /// order: operators, then <c>KEY_MAPENTRIES</c> for arrays, then the histogram type.
        /// </summary>
        public string InitArguments(string? mapEntries)
        {
            var parts = new List<string>();
            if (Count) parts.Add("STAT_OP_COUNT");
            if (Sum) parts.Add("STAT_OP_SUM");
            if (Min) parts.Add("STAT_OP_MIN");
            if (Max) parts.Add("STAT_OP_MAX");
            if (Average) parts.Add("STAT_OP_AVG");
            if (Variance) parts.Add("STAT_OP_VARIANCE, " + VarianceShift.ToString(CultureInfo.InvariantCulture));
            if (mapEntries is not null) parts.Add("KEY_MAPENTRIES, " + mapEntries);
            parts.Add(Histogram switch
            {
                { Kind: IrHistogramKind.Log } => "KEY_HIST_TYPE, HIST_LOG",
                { Kind: IrHistogramKind.Linear } h => "KEY_HIST_TYPE, HIST_LINEAR, " + Number(h.Start) + ", " + Number(h.Stop) + ", " + Number(h.Interval),
                _ => "KEY_HIST_TYPE, HIST_NONE",
            });
            return string.Join(", ", parts);
        }

        /// <summary>
        /// The five update flags after the value in <c>_stp_stat_add</c> (scalars: the STAT_OP bits each field needs, as
        /// stap writes them) or <c>_stp_pmap_add_*</c> (arrays: 0 or 1). Count and sum also feed @avg and @variance.
        /// </summary>
        public string AddFlags(bool isArray)
        {
            const int count = 1 << 1, sum = 1 << 2, min = 1 << 3, max = 1 << 4, avg = 1 << 5, variance = 1 << 6;
            int ops = (Count ? count : 0) | (Sum ? sum : 0) | (Min ? min : 0) | (Max ? max : 0) | (Average ? avg : 0) | (Variance ? variance : 0);
            int[] flags = { ops & (count | avg | variance), ops & (sum | avg | variance), ops & min, ops & max, ops & variance };
            var text = new StringBuilder();
            foreach (int flag in flags)
            {
                if (text.Length > 0)
                    text.Append(", ");
                text.Append(isArray ? (flag != 0 ? "1" : "0") : Number(flag));
            }
            return text.ToString();
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
