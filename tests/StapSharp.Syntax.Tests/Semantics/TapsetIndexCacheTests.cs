using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using StapSharp.Semantics;

namespace StapSharp.Syntax.Tests.Semantics
{
    /// <summary>The on-disk tapset index: used while the files are unchanged, rebuilt when they change or it is damaged.</summary>
    public sealed class TapsetIndexCacheTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "stapsharp-index-" + Guid.NewGuid().ToString("N"));
        private readonly string _tapsets;
        private readonly string _cache;
        private readonly ImmutableArray<string> _files;

        public TapsetIndexCacheTests()
        {
            _tapsets = Path.Combine(_root, "tapset");
            _cache = Path.Combine(_root, "cache");
            Directory.CreateDirectory(_tapsets);
            File.WriteAllText(Path.Combine(_tapsets, "a.stp"), "function alpha() { }\nprobe my.alias = begin { }\n");
            File.WriteAllText(Path.Combine(_tapsets, "b.stp"), "global beta\n@define gamma %( 1 %)\n");
            _files = ImmutableArray.Create(Path.Combine(_tapsets, "a.stp"), Path.Combine(_tapsets, "b.stp"));
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);

        [Fact]
        public void A_scan_is_saved_and_gives_the_same_index_as_scanning()
        {
            var scanned = TapsetIndex.Build(_files, cacheDirectory: null);
            var first = TapsetIndex.Build(_files, _cache);
            var loaded = TapsetIndex.Build(_files, _cache);

            Assert.Single(Directory.GetFiles(_cache));
            foreach (var index in new[] { first, loaded })
            {
                Assert.Equal(scanned.FunctionFiles("alpha").ToArray(), index.FunctionFiles("alpha").ToArray());
                Assert.Equal(scanned.GlobalFiles("beta").ToArray(), index.GlobalFiles("beta").ToArray());
                Assert.Equal(scanned.MacroFiles("gamma").ToArray(), index.MacroFiles("gamma").ToArray());
                Assert.Equal("my.alias", string.Join(".", Assert.Single(index.Aliases).Components));
            }
        }

        [Fact]
        public void Unchanged_files_are_not_scanned_again()
        {
            // Save an index that differs from the files' content under their current fingerprint: if Build read
            // the files it would not find "only_in_cache".
            string fingerprint = TapsetIndexCache.Fingerprint(_files)!;
            TapsetIndexCache.TrySave(_cache, fingerprint, _files.Select(f => new TapsetFileIndex(
                f, ImmutableArray.Create("only_in_cache"), ImmutableArray<string>.Empty,
                ImmutableArray<ImmutableArray<string>>.Empty, ImmutableArray<string>.Empty)).ToList());

            var index = TapsetIndex.Build(_files, _cache);

            Assert.Equal(2, index.FunctionFiles("only_in_cache").Length);
            Assert.Empty(index.FunctionFiles("alpha"));
        }

        [Fact]
        public void A_changed_file_gives_a_new_fingerprint_and_a_fresh_scan()
        {
            TapsetIndex.Build(_files, _cache);
            string before = TapsetIndexCache.Fingerprint(_files)!;
            File.AppendAllText(_files[1], "function delta() { }\n");
            File.SetLastWriteTimeUtc(_files[1], DateTime.UtcNow.AddMinutes(1));

            var index = TapsetIndex.Build(_files, _cache);

            Assert.NotEqual(before, TapsetIndexCache.Fingerprint(_files));
            Assert.Equal(new[] { _files[1] }, index.FunctionFiles("delta").ToArray());
        }

        [Fact]
        public void A_damaged_cache_file_is_ignored_and_replaced()
        {
            string fingerprint = TapsetIndexCache.Fingerprint(_files)!;
            Directory.CreateDirectory(_cache);
            string path = Path.Combine(_cache, "tapset-index-" + fingerprint + ".bin");
            File.WriteAllBytes(path, new byte[] { 1, 2, 3 });

            Assert.Null(TapsetIndexCache.TryLoad(_cache, fingerprint, _files));
            var index = TapsetIndex.Build(_files, _cache);

            Assert.Equal(new[] { _files[0] }, index.FunctionFiles("alpha").ToArray());
            Assert.NotNull(TapsetIndexCache.TryLoad(_cache, fingerprint, _files));
        }

        [Fact]
        public void A_library_with_a_cache_folder_resolves_through_the_cache()
        {
            var library = TapsetLibrary.Create(new[] { _tapsets }, StapParseOptions.Default, _cache);

            Assert.Equal(_cache, library.IndexCacheDirectory);
            Assert.Single(library.GetFilesDefiningFunction("alpha"));
            Assert.Single(Directory.GetFiles(_cache, "tapset-index-*.bin"));
        }
    }
}
