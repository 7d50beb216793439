using System;
using System.Diagnostics;
using System.Globalization;
using StapSharp.Syntax;

namespace StapSharp.Benchmarks
{
    /// <summary>
    /// <c>--quick [passes]</c>: a Stopwatch measurement of in-process tapset parsing throughput for eng/bench.sh.
    /// It is a measurement tool, not a test and not a substitute for the BenchmarkDotNet rows: warm-up passes (at
    /// least five and two seconds), then the given number of timed passes (default 10) over the whole corpus.
    /// </summary>
    internal static class QuickMeasurement
    {
        public const string Option = "--quick";

        private const int MinWarmUpPasses = 5;
        private static readonly TimeSpan MinWarmUpTime = TimeSpan.FromSeconds(2);

        public static int Run(string[] args)
        {
            int passes = args.Length > 1 && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 10;
            TapsetCorpus corpus = TapsetCorpus.Installed;
            if (corpus.Files.Count == 0)
            {
                Console.Error.WriteLine($"No tapset files under {corpus.RootDirectory}; set STAPSHARP_TAPSET_DIR.");
                return 2;
            }

            StapParseOptions options = StapParseOptions.Default.WithKind(StapSourceKind.Library);
            Console.WriteLine("StapSharp in-process parse measurement (measurement tool, not a test)");
            Console.WriteLine(Invariant($"corpus: {corpus.RootDirectory}, {corpus.Files.Count} files, {corpus.TotalBytes} bytes"));

            // Warm-up: tiered compilation takes several passes (and its background delays) to reach the optimized
            // code; one pass left the first timed passes at two to four times the steady-state time.
            var warmUp = Stopwatch.StartNew();
            int warmUpPasses = 0;
            while (warmUpPasses < MinWarmUpPasses || warmUp.Elapsed < MinWarmUpTime)
            {
                CorpusParser.ParseAll(corpus.Files, options);
                warmUpPasses++;
            }
            Console.WriteLine(Invariant($"warm-up: {warmUpPasses} passes, {warmUp.Elapsed.TotalSeconds:F1} s"));

            double best = double.MaxValue, total = 0;
            var times = new double[passes];
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            int gen0Before = GC.CollectionCount(0), gen1Before = GC.CollectionCount(1), gen2Before = GC.CollectionCount(2);
            for (int i = 0; i < passes; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                CorpusParser.ParseAll(corpus.Files, options);
                double seconds = stopwatch.Elapsed.TotalSeconds;
                total += seconds;
                times[i] = seconds;
                best = Math.Min(best, seconds);
                if (Environment.GetEnvironmentVariable("QUICK_VERBOSE") == "1") Console.WriteLine(Invariant($"pass {i}: {seconds * 1000:F1} ms"));
            }

            // CPU time as well as wall time: on a shared machine the wall figure includes waiting for a core.
            double cpuPerPass = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds / passes;
            long allocatedPerPass = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / passes;
            double mean = total / passes;
            double megabytes = corpus.TotalBytes / 1e6;
            Array.Sort(times);
            double median = times[passes / 2];
            Console.WriteLine(Invariant($"passes: {passes}, mean {mean * 1000:F1} ms, median {median * 1000:F1} ms, best {best * 1000:F1} ms"));
            Console.WriteLine(Invariant($"throughput: mean {megabytes / mean:F1} MB/s, median {megabytes / median:F1} MB/s, best {megabytes / best:F1} MB/s"));
            Console.WriteLine(Invariant($"cpu: {cpuPerPass * 1000:F1} ms per pass (all threads), {megabytes / cpuPerPass:F1} MB per CPU-second"));
            Console.WriteLine(Invariant($"allocated: {allocatedPerPass / 1e6:F1} MB per pass"));
            Console.WriteLine(Invariant($"collections: gen0 {GC.CollectionCount(0) - gen0Before}, gen1 {GC.CollectionCount(1) - gen1Before}, gen2 {GC.CollectionCount(2) - gen2Before} over {passes} passes"));
            return 0;
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
