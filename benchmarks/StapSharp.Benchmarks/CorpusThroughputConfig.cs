using BenchmarkDotNet.Configs;

namespace StapSharp.Benchmarks
{
    /// <summary>Adds the MB/s column to the corpus benchmarks.</summary>
    public sealed class CorpusThroughputConfig : ManualConfig
    {
        /// <summary>Creates the config.</summary>
        public CorpusThroughputConfig() => AddColumn(new ThroughputColumn());
    }
}
