using System;

namespace StapSharp.Transport.Tests;

public sealed class ModuleLoadOptionsTests
{
    [Fact]
    public void Parameters_are_formatted_like_staprun_with_bufsize_first()
    {
        var options = ModuleLoadOptions.Default.WithBufferSizeMiB(4).WithParameter("count", "-3").WithParameter("greeting", "hello world");

        Assert.Equal("_stp_bufsize=4 count=-3 greeting=\"hello world\"", options.FormatParameters());
        Assert.Equal("_stp_bufsize=0", ModuleLoadOptions.Default.FormatParameters());
    }

    [Theory]
    [InlineData("1abc", "x")]
    [InlineData("a-b", "x")]
    [InlineData("ok", "quote\"inside")]
    public void Bad_parameters_are_rejected(string name, string value) =>
        Assert.Throws<ArgumentException>(() => ModuleLoadOptions.Default.WithParameter(name, value));

    [Fact]
    public void Buffer_size_range_is_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ModuleLoadOptions.Default.WithBufferSizeMiB(4096));
        Assert.Equal(4095, ModuleLoadOptions.Default.WithBufferSizeMiB(4095).BufferSizeMiB);
    }

    [Fact]
    public void Options_are_immutable()
    {
        var a = ModuleLoadOptions.Default;
        var b = a.WithParameter("x", "1");

        Assert.Empty(a.Parameters);
        Assert.Single(b.Parameters);
        Assert.Equal(0, ModuleRunOptions.Default.WithTargetPid(5).WithTargetPid(0).TargetPid);
        Assert.Equal(0, ModuleRunOptions.Default.TargetPid);
    }
}
