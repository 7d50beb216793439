using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace StapSharp.Benchmarks
{
    /// <summary>
    /// MB/s = tapset corpus bytes / mean time (1 MB = 10^6 bytes). Computed in the host process, which reads the
    /// same corpus as the benchmark process.
    /// </summary>
    public sealed class ThroughputColumn : IColumn
    {
        /// <inheritdoc/>
        public string Id => nameof(ThroughputColumn);

        /// <inheritdoc/>
        public string ColumnName => "MB/s";

        /// <inheritdoc/>
        public bool AlwaysShow => true;

        /// <inheritdoc/>
        public ColumnCategory Category => ColumnCategory.Custom;

        /// <inheritdoc/>
        public int PriorityInCategory => 0;

        /// <inheritdoc/>
        public bool IsNumeric => true;

        /// <inheritdoc/>
        public UnitType UnitType => UnitType.Dimensionless;

        /// <inheritdoc/>
        public string Legend => "Tapset corpus megabytes (10^6 bytes) parsed per second of mean time";

        /// <inheritdoc/>
        public bool IsAvailable(Summary summary) => true;

        /// <inheritdoc/>
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        /// <inheritdoc/>
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            GetValue(summary, benchmarkCase, SummaryStyle.Default);

        /// <inheritdoc/>
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            double? meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
            long bytes = TapsetCorpus.Installed.TotalBytes;
            if (meanNanoseconds is not > 0 || bytes == 0) return "-";
            double megabytesPerSecond = bytes / 1e6 / (meanNanoseconds.Value / 1e9);
            return megabytesPerSecond.ToString("F1", CultureInfo.InvariantCulture);
        }

        /// <inheritdoc/>
        public override string ToString() => ColumnName;
    }
}
