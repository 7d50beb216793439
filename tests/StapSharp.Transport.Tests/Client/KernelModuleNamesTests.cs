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
        var elf = TestElf.WithThisModule("stap_embedded");

        Assert.True(KernelModuleNames.TryReadEmbeddedName(elf, out var name));
        Assert.Equal("stap_embedded", name);
    }

    [Fact]
    public void Garbage_and_truncated_images_have_no_name()
    {
        var elf = TestElf.WithThisModule("stap_embedded");
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
}
