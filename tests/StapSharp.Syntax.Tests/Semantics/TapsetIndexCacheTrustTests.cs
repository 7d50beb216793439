using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.Versioning;
using StapSharp.Semantics;

namespace StapSharp.Syntax.Tests.Semantics
{
    /// <summary>
    /// The tapset index decides which tapset file defines a function a script calls: a cache file someone else could
    /// have planted or changed (a link, another owner, group/world-writable) is never read; the files are scanned.
    /// </summary>
    [SupportedOSPlatform("linux")]
    public sealed class TapsetIndexCacheTrustTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "stapsharp-indextrust-" + Guid.NewGuid().ToString("N"));
        private readonly string _cache;
        private readonly ImmutableArray<string> _files;

        public TapsetIndexCacheTrustTests()
        {
            string tapsets = Path.Combine(_root, "tapset");
            _cache = Path.Combine(_root, "cache");
            Directory.CreateDirectory(tapsets);
            File.WriteAllText(Path.Combine(tapsets, "a.stp"), "function alpha() { }\n");
            _files = ImmutableArray.Create(Path.Combine(tapsets, "a.stp"));
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);

        /// <summary>Plants an index that claims "planted" is defined, under the files' real fingerprint; returns its path.</summary>
        private string PlantIndex(string directory)
        {
            string fingerprint = TapsetIndexCache.Fingerprint(_files)!;
            TapsetIndexCache.TrySave(directory, fingerprint, _files.Select(f => new TapsetFileIndex(
                f, ImmutableArray.Create("planted"), ImmutableArray<string>.Empty,
                ImmutableArray<ImmutableArray<string>>.Empty, ImmutableArray<string>.Empty)).ToList());
            return Assert.Single(Directory.GetFiles(directory));
        }

        private void AssertScanned()
        {
            var index = TapsetIndex.Build(_files, _cache);
            Assert.Empty(index.FunctionFiles("planted"));
            Assert.Single(index.FunctionFiles("alpha"));
        }

        [Fact]
        public void An_own_private_index_is_used()
        {
            PlantIndex(_cache);

            Assert.Single(TapsetIndex.Build(_files, _cache).FunctionFiles("planted"));
        }

        [Fact]
        public void A_world_writable_index_file_is_not_read()
        {
            string file = PlantIndex(_cache);
            File.SetUnixFileMode(file, (UnixFileMode)Convert.ToInt32("666", 8));

            AssertScanned();
        }

        [Fact]
        public void An_index_that_is_a_link_is_not_read()
        {
            string elsewhere = PlantIndex(Path.Combine(_root, "elsewhere"));
            Directory.CreateDirectory(_cache);
            File.CreateSymbolicLink(Path.Combine(_cache, Path.GetFileName(elsewhere)), elsewhere);

            AssertScanned();
        }

        [Fact]
        public void An_index_in_a_world_writable_folder_is_not_read()
        {
            PlantIndex(_cache);
            File.SetUnixFileMode(_cache, (UnixFileMode)Convert.ToInt32("777", 8));

            AssertScanned();
        }

        [RootFact]
        public void An_index_of_another_user_is_not_read()
        {
            string file = PlantIndex(_cache);
            using (var chown = Process.Start("chown", "65534 " + file)) chown.WaitForExit();

            AssertScanned();
        }
    }

    /// <summary>A fact that needs root (to give a file to another user); skipped with the reason otherwise.</summary>
    public sealed class RootFactAttribute : FactAttribute
    {
        public RootFactAttribute()
        {
            if (Environment.UserName != "root")
                Skip = "needs root to give a file to another user (chown); run the tests as root";
        }
    }
}
