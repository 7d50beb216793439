using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;
using StapSharp.Syntax;

namespace StapSharp.Benchmarks
{
    /// <summary>
    /// <c>--alloc [passes]</c>: which types the corpus parse allocates, from the runtime's allocation-tick events
    /// (one sample per ~100 KB allocated, attributed to the type that crossed the threshold), plus the exact bytes
    /// allocated by the lexer alone and by the whole parse. A measurement tool for the parser's owners, not a test.
    /// </summary>
    internal static class AllocationProfile
    {
        public const string Option = "--alloc";

        public static int Run(string[] args)
        {
            int passes = args.Length > 1 && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 3;
            TapsetCorpus corpus = TapsetCorpus.Installed;
            if (corpus.Files.Count == 0)
            {
                Console.Error.WriteLine($"No tapset files under {corpus.RootDirectory}; set STAPSHARP_TAPSET_DIR.");
                return 2;
            }

            StapParseOptions options = StapParseOptions.Default.WithKind(StapSourceKind.Library);
            CorpusParser.ParseAll(corpus.Files, options); // warm-up

            long tokens = 0;
            foreach (CorpusFile file in corpus.Files) tokens += Lexer.LexAll(file.Text, options).Count;

            long before = GC.GetAllocatedBytesForCurrentThread();
            var stopwatch = Stopwatch.StartNew();
            foreach (CorpusFile file in corpus.Files) Lexer.LexAll(file.Text, options);
            double lexingMs = stopwatch.Elapsed.TotalMilliseconds;
            long lexing = GC.GetAllocatedBytesForCurrentThread() - before;

            before = GC.GetAllocatedBytesForCurrentThread();
            stopwatch.Restart();
            CorpusParser.ParseAll(corpus.Files, options);
            double parsingMs = stopwatch.Elapsed.TotalMilliseconds;
            long parsing = GC.GetAllocatedBytesForCurrentThread() - before;

            Console.WriteLine(Invariant($"corpus: {corpus.Files.Count} files, {corpus.TotalBytes} bytes"));
            Console.WriteLine(Invariant($"tokens: {tokens}"));
            Console.WriteLine(Invariant($"lexer alone: {lexing / 1e6:F2} MB ({(double)lexing / corpus.TotalBytes:F2} B per source byte), {lexingMs:F1} ms (wall, one pass)"));
            Console.WriteLine(Invariant($"whole parse: {parsing / 1e6:F2} MB ({(double)parsing / corpus.TotalBytes:F2} B per source byte), {parsingMs:F1} ms (wall, one pass)"));

            using var listener = new AllocationTickListener();
            for (int i = 0; i < passes; i++) CorpusParser.ParseAll(corpus.Files, options);
            long total = listener.Samples.Values.Sum();
            Console.WriteLine(Invariant($"allocation-tick samples over {passes} passes, by type (share of sampled bytes):"));
            foreach (var (type, bytes) in listener.Samples.OrderByDescending(p => p.Value).Take(25))
                Console.WriteLine(Invariant($"  {100.0 * bytes / total,5:F1}%  {type}"));
            return 0;
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

        /// <summary>Listens to the runtime's GC keyword at verbose level, where GCAllocationTick events carry the type name.</summary>
        private sealed class AllocationTickListener : EventListener
        {
            private const EventKeywords GcKeyword = (EventKeywords)0x1;

            public Dictionary<string, long> Samples { get; } = new(StringComparer.Ordinal);

            protected override void OnEventSourceCreated(EventSource eventSource)
            {
                if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
                    EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
            }

            protected override void OnEventWritten(EventWrittenEventArgs eventData)
            {
                if (eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal)) return;
                int typeIndex = eventData.PayloadNames!.IndexOf("TypeName");
                int amountIndex = eventData.PayloadNames.IndexOf("AllocationAmount64");
                if (typeIndex < 0) return;
                string type = eventData.Payload![typeIndex] as string ?? "?";
                long amount = amountIndex >= 0 ? Convert.ToInt64(eventData.Payload[amountIndex], CultureInfo.InvariantCulture) : 100_000;
                lock (Samples)
                    Samples[type] = Samples.TryGetValue(type, out long sum) ? sum + amount : amount;
            }
        }
    }
}
