using BenchmarkDotNet.Attributes;
using StapSharp.Syntax;

namespace StapSharp.Benchmarks
{
    /// <summary>
    /// The cost of the Sprache sub-language grammars per string: a first parse (uncached) and a repeated one
    /// (a cache hit), for printf formats and probe-point function specs found in the tapset corpus.
    /// </summary>
    [MemoryDiagnoser]
    public class SubLanguageBenchmarks
    {
        private string[] _formats = System.Array.Empty<string>();
        private string[] _specs = System.Array.Empty<string>();

        /// <summary>Collects the samples and fills the caches for the cached rows.</summary>
        [GlobalSetup]
        public void CollectSamples()
        {
            _formats = SubLanguageSamples.PrintfFormats(TapsetCorpus.Installed);
            _specs = SubLanguageSamples.FunctionSpecs(TapsetCorpus.Installed);
            foreach (string format in _formats) PrintfFormat.Parse(format);
            foreach (string spec in _specs) FunctionSpec.Parse(spec);
        }

        /// <summary>Parses each printf format without the cache.</summary>
        [Benchmark(OperationsPerInvoke = SubLanguageSamples.SampleSize)]
        public int ParsePrintfFormatUncached()
        {
            int directives = 0;
            foreach (string format in _formats) directives += PrintfFormat.ParseUncached(format).Directives.Count;
            return directives;
        }

        /// <summary>Looks each printf format up in the cache.</summary>
        [Benchmark(OperationsPerInvoke = SubLanguageSamples.SampleSize)]
        public int ParsePrintfFormatCached()
        {
            int directives = 0;
            foreach (string format in _formats) directives += PrintfFormat.Parse(format).Directives.Count;
            return directives;
        }

        /// <summary>Parses each function spec without the cache.</summary>
        [Benchmark(OperationsPerInvoke = SubLanguageSamples.SampleSize)]
        public int ParseFunctionSpecUncached()
        {
            int lines = 0;
            foreach (string spec in _specs) lines += FunctionSpec.ParseUncached(spec).Lines.Count;
            return lines;
        }

        /// <summary>Looks each function spec up in the cache.</summary>
        [Benchmark(OperationsPerInvoke = SubLanguageSamples.SampleSize)]
        public int ParseFunctionSpecCached()
        {
            int lines = 0;
            foreach (string spec in _specs) lines += FunctionSpec.Parse(spec).Lines.Count;
            return lines;
        }
    }
}
