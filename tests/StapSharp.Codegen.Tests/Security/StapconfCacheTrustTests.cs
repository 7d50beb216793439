using System;
using System.IO;
using System.Runtime.Versioning;

namespace StapSharp.Codegen.Tests
{
    /// <summary>
    /// The stapconf header is <c>-include</c>d into every module: a cache entry someone else planted or can change is
    /// never used (it is rebuilt), and the cache never writes through a link.
    /// </summary>
    [SupportedOSPlatform("linux")]
    public sealed class StapconfCacheTrustTests : IDisposable
    {
        private const string Key = "0123456789abcdef0123456789abcdef";
        private readonly string _root = Path.Combine(Path.GetTempPath(), "stapsharp-cachesec-" + Guid.NewGuid().ToString("N"));

        public StapconfCacheTrustTests()
        {
            Directory.CreateDirectory(Path.Combine(_root, "build"));
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);

        private string Destination => Path.Combine(_root, "build", "stapconf.h");

        [OtherUserFact]
        public void AnOwnEntryIsRestored()
        {
            var cache = new StapconfCache(Path.Combine(_root, "cache"));
            string produced = Path.Combine(_root, "produced.h");
            File.WriteAllText(produced, "#define STAPCONF_OK 1\n");
            cache.Store(Key, produced);

            Assert.True(cache.TryRestore(Key, Destination));
            Assert.Equal("#define STAPCONF_OK 1\n", File.ReadAllText(Destination));
        }

        [OtherUserFact]
        public void AnEntryThatIsALinkIsNotUsedAndIsRemoved()
        {
            string directory = Path.Combine(_root, "cache");
            Directory.CreateDirectory(directory);
            string evil = Path.Combine(_root, "evil.h");
            File.WriteAllText(evil, "#error planted\n");
            var cache = new StapconfCache(directory);
            File.CreateSymbolicLink(cache.PathOf(Key), evil);

            Assert.False(cache.TryRestore(Key, Destination));
            Assert.False(File.Exists(Destination));
            Assert.False(File.Exists(cache.PathOf(Key)) || new FileInfo(cache.PathOf(Key)).LinkTarget is not null);
            Assert.Equal("#error planted\n", File.ReadAllText(evil));
        }

        [OtherUserFact]
        public void AWorldWritableEntryIsNotUsed()
        {
            var cache = new StapconfCache(Path.Combine(_root, "cache"));
            string produced = Path.Combine(_root, "produced.h");
            File.WriteAllText(produced, "#define STAPCONF_OK 1\n");
            cache.Store(Key, produced);
            File.SetUnixFileMode(cache.PathOf(Key), (UnixFileMode)Convert.ToInt32("666", 8));

            Assert.False(cache.TryRestore(Key, Destination));
            Assert.False(File.Exists(Destination));
        }

        [OtherUserFact]
        public void AnEntryOfAnotherUserIsNotUsed()
        {
            string directory = Path.Combine(_root, "cache");
            File.SetUnixFileMode(_root, (UnixFileMode)Convert.ToInt32("1777", 8));
            OtherUser.Run("mkdir -m 0755 " + directory + " && echo '#error planted' > " + directory + "/" + Key + ".h && chmod 644 " + directory + "/" + Key + ".h");
            var cache = new StapconfCache(directory);

            Assert.False(cache.TryRestore(Key, Destination));
            Assert.False(File.Exists(Destination));
        }

        [OtherUserFact]
        public void StoreNeverWritesThroughALinkedFolder()
        {
            string elsewhere = Path.Combine(_root, "elsewhere");
            Directory.CreateDirectory(elsewhere);
            string directory = Path.Combine(_root, "cache");
            Directory.CreateSymbolicLink(directory, elsewhere);
            string produced = Path.Combine(_root, "produced.h");
            File.WriteAllText(produced, "#define STAPCONF_OK 1\n");

            new StapconfCache(directory).Store(Key, produced);

            Assert.Empty(Directory.GetFileSystemEntries(elsewhere));
        }

        [OtherUserFact]
        public void ARestoreReplacesALinkAtTheDestinationInsteadOfWritingThroughIt()
        {
            var cache = new StapconfCache(Path.Combine(_root, "cache"));
            string produced = Path.Combine(_root, "produced.h");
            File.WriteAllText(produced, "#define STAPCONF_OK 1\n");
            cache.Store(Key, produced);
            string victim = Path.Combine(_root, "victim.txt");
            File.WriteAllText(victim, "keep\n");
            File.CreateSymbolicLink(Destination, victim);

            Assert.True(cache.TryRestore(Key, Destination));
            Assert.Equal("keep\n", File.ReadAllText(victim));
            Assert.Null(new FileInfo(Destination).LinkTarget);
        }
    }
}
