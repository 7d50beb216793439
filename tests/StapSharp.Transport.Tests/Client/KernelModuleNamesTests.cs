using System;
using System.Text;

namespace StapSharp.Transport.Tests;

public sealed class KernelModuleNamesTests
{
    [Theory]
    [InlineData("/tmp/stap_abc.ko", "stap_abc")]
    [InlineData("hello.ko", "hello")]
    [InlineData("/a.b/c.d.ko", "c.d")]
    [InlineData("plain", "plain")]
    public void Name_from_path_follows_staprun(string path, string expected) => Assert.Equal(expected, KernelModuleNames.FromPath(path));

    [Theory]
    [InlineData("stap_0123abcd", true)]
    [InlineData("Hello_1", true)]
    [InlineData("", false)]
    [InlineData("with-dash", false)]
    [InlineData("dot.ted", false)]
    public void Validity(string name, bool valid) => Assert.Equal(valid, KernelModuleNames.IsValid(name));

    [Fact]
    public void Names_longer_than_55_bytes_are_invalid()
    {
        Assert.True(KernelModuleNames.IsValid(new string('a', 55)));
        Assert.False(KernelModuleNames.IsValid(new string('a', 56)));
    }

    [Fact]
    public void Embedded_name_is_read_from_this_module_section()
    {
        var elf = MinimalElf.WithThisModule("stap_embedded");

        Assert.True(KernelModuleNames.TryReadEmbeddedName(elf, out var name));
        Assert.Equal("stap_embedded", name);
    }

    [Fact]
    public void Garbage_and_truncated_images_have_no_name()
    {
        var elf = MinimalElf.WithThisModule("stap_embedded");
        for (var length = 0; length < elf.Length; length += 7)
        {
            KernelModuleNames.TryReadEmbeddedName(elf.AsSpan(0, length), out _);
        }

        var random = new Random(3);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = (byte[])elf.Clone();
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            KernelModuleNames.TryReadEmbeddedName(bytes, out _);
        }

        Assert.False(KernelModuleNames.TryReadEmbeddedName(Encoding.ASCII.GetBytes("not an elf file at all, but long enough to have a header.........."), out _));
    }

    /// <summary>An ELF64 file with a section-name table and one .gnu.linkonce.this_module section.</summary>
    private static class MinimalElf
    {
        public static byte[] WithThisModule(string name)
        {
            var strtab = Encoding.ASCII.GetBytes("\0.shstrtab\0.gnu.linkonce.this_module\0");
            var thisModule = new byte[64 + 56];
            Encoding.ASCII.GetBytes(name).CopyTo(thisModule, 24);
            const int strOff = 64;
            var modOff = strOff + strtab.Length;
            var shOff = modOff + thisModule.Length;
            var elf = new byte[shOff + (3 * 64)];
            elf[0] = 0x7F;
            elf[1] = (byte)'E';
            elf[2] = (byte)'L';
            elf[3] = (byte)'F';
            elf[4] = 2;
            elf[5] = 1;
            BitConverter.TryWriteBytes(elf.AsSpan(0x28), (ulong)shOff);
            BitConverter.TryWriteBytes(elf.AsSpan(0x3A), (ushort)64);
            BitConverter.TryWriteBytes(elf.AsSpan(0x3C), (ushort)3);
            BitConverter.TryWriteBytes(elf.AsSpan(0x3E), (ushort)1);
            strtab.CopyTo(elf, strOff);
            thisModule.CopyTo(elf, modOff);
            Section(elf, shOff + 64, 1, strOff, strtab.Length);
            Section(elf, shOff + 128, 11, modOff, thisModule.Length);
            return elf;
        }

        private static void Section(byte[] elf, int at, uint nameIndex, int offset, int size)
        {
            BitConverter.TryWriteBytes(elf.AsSpan(at), nameIndex);
            BitConverter.TryWriteBytes(elf.AsSpan(at + 0x18), (ulong)offset);
            BitConverter.TryWriteBytes(elf.AsSpan(at + 0x20), (ulong)size);
        }
    }
}
