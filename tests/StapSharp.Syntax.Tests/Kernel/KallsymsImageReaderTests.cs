using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace StapSharp.Semantics.Tests
{
    public class KallsymsImageReaderTests
    {
        /// <summary>600 symbols (three markers), a per-CPU one, a name longer than 127 tokens, the names a probe asks for.</summary>
        private static List<(ulong Address, char Type, string Name)> Symbols(bool withPercpu)
        {
            var symbols = new List<(ulong, char, string)>();
            if (withPercpu)
            {
                symbols.Add((0x0, 'A', "fixed_percpu_data"));
                symbols.Add((0x1000, 'D', "cpu_number"));
            }
            ulong address = SyntheticKallsymsImage.RelativeBase;
            symbols.Add((address, 'T', "_text"));
            for (int i = 0; i < 600; i++)
            {
                address += 0x10 + (ulong)(i % 7) * 0x8;
                string name = i switch
                {
                    100 => "vfs_read",
                    101 => "vfs_open",
                    300 => "__x64_sys_openat",
                    400 => "a" + new string('b', 200),
                    _ => "func_" + i,
                };
                symbols.Add((address, i % 3 == 0 ? 't' : 'T', name));
            }
            symbols.Add((address + 0x100, 'D', "jiffies_64"));
            return symbols;
        }

        [Theory]
        [InlineData(true, false, false)]
        [InlineData(true, false, true)]
        [InlineData(true, true, true)]
        [InlineData(false, false, false)]
        [InlineData(false, true, false)]
        public void Reads_every_name_type_and_address(bool absolutePercpu, bool newLayout, bool seqsOfNames)
        {
            var expected = Symbols(withPercpu: absolutePercpu);
            byte[] image = SyntheticKallsymsImage.Build(expected, absolutePercpu, newLayout, seqsOfNames);

            IReadOnlyList<KernelSymbol>? symbols = KallsymsImageReader.TryRead(image, absolutePercpu, out string? problem);

            Assert.Null(problem);
            Assert.NotNull(symbols);
            Assert.Equal(expected.Select(s => (s.Address, s.Type, s.Name)), symbols!.Select(s => (s.Address, s.Type, s.Name)));
            Assert.All(symbols!, symbol => Assert.Null(symbol.Module));
        }

        [Fact]
        public void Names_longer_than_127_tokens_use_the_two_byte_length()
        {
            var expected = new List<(ulong, char, string)> { (SyntheticKallsymsImage.RelativeBase, 'T', "x" + new string('y', 300)) };
            byte[] image = SyntheticKallsymsImage.Build(expected, absolutePercpu: false);

            var symbols = KallsymsImageReader.TryRead(image, absolutePercpu: false, out _);

            Assert.Equal(301, Assert.Single(symbols!).Name.Length);
        }

        [Fact]
        public void A_blob_without_tables_says_what_is_missing()
        {
            byte[] blob = new byte[64 * 1024];
            for (int i = 0; i < blob.Length; i++) blob[i] = (byte)(i * 31);

            Assert.Null(KallsymsImageReader.TryRead(blob, absolutePercpu: true, out string? problem));
            Assert.Contains("token table", problem);
        }

        [Fact]
        public void Tokens_without_a_matching_count_are_not_taken_for_a_table()
        {
            byte[] image = SyntheticKallsymsImage.Build(Symbols(withPercpu: false), absolutePercpu: false);
            // Damage the count: it now promises one symbol more than the names hold.
            int count = FindCount(image, 602);
            image[count] = (byte)(image[count] + 1);

            Assert.Null(KallsymsImageReader.TryRead(image, absolutePercpu: false, out string? problem));
            Assert.Contains("no symbol count", problem);
        }

        private static int FindCount(byte[] image, int count)
        {
            for (int i = 0; i + 4 <= image.Length; i += 8)
            {
                if (System.BitConverter.ToInt32(image, i) == count) return i;
            }
            throw new Xunit.Sdk.XunitException("count not found");
        }
    }
}
