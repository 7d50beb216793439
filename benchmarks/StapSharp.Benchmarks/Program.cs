using BenchmarkDotNet.Running;

namespace StapSharp.Benchmarks
{
    /// <summary>
    /// BenchmarkDotNet entry point (<c>-- --filter '*Parse*' --job short</c>), plus <c>--quick [passes]</c>
    /// for the Stopwatch throughput figure that eng/bench.sh prints.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs the selected benchmarks or the quick measurement.</summary>
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == QuickMeasurement.Option) return QuickMeasurement.Run(args);
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
