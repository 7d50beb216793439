using System.IO;
using System.Linq;
using Xunit;

namespace StapSharp.Semantics.Tests
{
    public class KallsymsTextReaderTests
    {
        [Fact]
        public void Reads_kallsyms_lines_with_and_without_modules()
        {
            const string text = "ffffffff81000000 T _text\n"
                + "ffffffff8134a6b0 T vfs_read\n"
                + "0000000000000000 A fixed_percpu_data\n"
                + "ffffffffc0a01000 t ext4_fill_super\t[ext4]\n"
                + "not a symbol line\n";

            var symbols = KallsymsTextReader.Read(new StringReader(text));

            Assert.Equal(new[] { "_text", "vfs_read", "fixed_percpu_data", "ext4_fill_super" }, symbols.Select(s => s.Name));
            Assert.Equal(0xffffffff8134a6b0UL, symbols[1].Address);
            Assert.Equal('T', symbols[1].Type);
            Assert.True(symbols[1].IsFunction);
            Assert.False(symbols[2].IsFunction);
            Assert.Equal("ext4", symbols[3].Module);
            Assert.Equal("ffffffffc0a01000 t ext4_fill_super\t[ext4]", symbols[3].ToString());
        }

        [Fact]
        public void The_Debian_stub_is_not_a_map()
        {
            string path = Path.GetTempFileName();
            try
            {
                File.WriteAllText(path, "ffffffffffffffff B The real System.map is in the linux-image-<version>-dbg package\n");
                Assert.Contains("not a symbol map", KallsymsTextReader.StubProblem(path));

                File.WriteAllText(path, "ffffffff81000000 T _text\nffffffff81000010 T _stext\n");
                Assert.Contains("only 2 symbol line(s)", KallsymsTextReader.StubProblem(path));

                File.WriteAllLines(path, Enumerable.Range(0, 1500).Select(i => "ffffffff81" + i.ToString("x6") + " T f" + i));
                Assert.Null(KallsymsTextReader.StubProblem(path));
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void Reads_the_debugfs_kprobe_blacklist()
        {
            const string text = "0xffffffff81001000-0xffffffff81001040\tdo_int3\n"
                + "0xffffffff81002000-0xffffffff81002100\tnotify_die\n"
                + "0xffffffffc0100000-0xffffffffc0100010\tsome_module_fn\t[mod]\n";

            var names = KprobeBlacklistReader.ReadDebugfs(new StringReader(text));

            Assert.Equal(new[] { "do_int3", "notify_die" }, names.OrderBy(n => n));
        }
    }
}
