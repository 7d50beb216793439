using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace StapSharp.Benchmarks
{
    /// <summary>
    /// BenchmarkDotNet entry point (<c>-- --filter '*Parse*' --job short</c>), plus <c>--quick [passes]</c>
    /// for the Stopwatch throughput figure that eng/bench.sh prints, <c>--alloc [passes]</c> for an allocation profile,
    /// and <c>--ab DIR_A DIR_B</c> to compare two builds in one process (eng/bench-ab.sh),
    /// <c>--retention FILE</c> for the bytes a parsed tree keeps alive.
    /// </summary>
    public static class Program
    {
        // The generated benchmark project rebuilds the libraries in Release; on a loaded 2-core machine that
        // takes longer than BenchmarkDotNet's default two minutes.
        private static readonly TimeSpan s_buildTimeout = TimeSpan.FromMinutes(20);

        /// <summary>Runs the selected benchmarks or the quick measurement.</summary>
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == QuickMeasurement.Option) return QuickMeasurement.Run(args);
            if (args.Length > 0 && args[0] == AllocationProfile.Option) return AllocationProfile.Run(args);
            if (args.Length > 0 && args[0] == InterleavedComparison.Option) return InterleavedComparison.Run(args);
            if (args.Length > 0 && args[0] == TreeRetention.Option) return TreeRetention.Run(args);
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
                .Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(s_buildTimeout));
            return 0;
        }
    }
}
