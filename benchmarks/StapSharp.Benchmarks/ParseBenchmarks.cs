using System;
using BenchmarkDotNet.Attributes;
using StapSharp.Syntax;

namespace StapSharp.Benchmarks
{
    /// <summary>
    /// Parses the whole installed tapset corpus in-process, file by file, as library sources.
    /// The MB/s column is the corpus size divided by the mean time.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(CorpusThroughputConfig))]
    public class ParseBenchmarks
    {
        private CorpusFile[] _files = Array.Empty<CorpusFile>();
        private StapParseOptions _options = StapParseOptions.Default;

        /// <summary>Reads the corpus before measuring.</summary>
        [GlobalSetup]
        public void LoadCorpus()
        {
            TapsetCorpus corpus = TapsetCorpus.Installed;
            if (corpus.Files.Count == 0)
                throw new InvalidOperationException($"No tapset files under {corpus.RootDirectory}; set STAPSHARP_TAPSET_DIR.");
            _files = new CorpusFile[corpus.Files.Count];
            for (int i = 0; i < _files.Length; i++) _files[i] = corpus.Files[i];
            _options = StapParseOptions.Default.WithKind(StapSourceKind.Library);
        }

        /// <summary>Parses every tapset file; returns the total parsed width so nothing is optimised away.</summary>
        [Benchmark(Description = "Parse tapset corpus")]
        public long ParseTapsetCorpus() => CorpusParser.ParseAll(_files, _options);
    }
}
