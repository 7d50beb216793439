using System.Collections.Immutable;
using Xunit;

namespace StapSharp.Semantics.Tests
{
    public class KernelSymbolTableTests
    {
        private static KernelSymbolTable Table(ImmutableHashSet<string>? blacklist = null) => new(
            KernelSymbolSource.SystemMap, "test",
            new[]
            {
                new KernelSymbol(0xffffffff81000000, 'T', "vfs_read"),
                new KernelSymbol(0xffffffff81000100, 't', "vfs_readv"),
                new KernelSymbol(0xffffffff81000200, 'T', "vfs_write"),
                new KernelSymbol(0xffffffff81000300, 'D', "vfs_data"),
                new KernelSymbol(0xffffffff81000400, 'T', "do_int3"),
                new KernelSymbol(0xffffffffc0000000, 't', "ext4_read", "ext4"),
            },
            blacklist);

        [Fact]
        public void Wildcards_match_functions_only_in_vmlinux_or_the_named_module()
        {
            var table = Table();
            Assert.Equal(new[] { "vfs_read", "vfs_readv", "vfs_write" }, table.MatchFunctions("vfs_*"));
            Assert.Equal(new[] { "vfs_read", "vfs_readv" }, table.MatchFunctions("vfs_rea?*"));
            Assert.Equal(new[] { "vfs_read", "vfs_write" }, table.MatchFunctions("vfs_[rw]*[de]"));
            Assert.Empty(table.MatchFunctions("ext4_*"));
            Assert.Equal(new[] { "ext4_read" }, table.MatchFunctions("ext4_*", "ext4"));
            Assert.Equal(new[] { "vfs_read" }, table.MatchFunctions("vfs_read"));
            Assert.Empty(table.MatchFunctions("vfs_data"));
        }

        [Fact]
        public void Classifies_kprobe_sites()
        {
            var table = Table(ImmutableHashSet.Create("do_int3"));
            Assert.Equal(KprobeSite.Probeable, table.ClassifyKprobe("vfs_read"));
            Assert.Equal(KprobeSite.Blacklisted, table.ClassifyKprobe("do_int3"));
            Assert.Equal(KprobeSite.NoSuchFunction, table.ClassifyKprobe("no_such_function"));
            Assert.Equal(KprobeSite.NoSuchFunction, table.ClassifyKprobe("vfs_data"));
            Assert.Equal(KprobeSite.ExistsBlacklistUnknown, Table().ClassifyKprobe("vfs_read"));
            Assert.Equal(KprobeSite.Unknown, KernelSymbolTable.Unknown("none").ClassifyKprobe("vfs_read"));
        }
    }
}
