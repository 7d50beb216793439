using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport.Tests;

/// <summary>The parts of the Linux host that are safe on a build machine: nothing here loads or removes a module.</summary>
public sealed class LinuxModuleHostTests
{
    [Fact]
    public async Task Opening_the_channel_of_a_module_that_does_not_exist_fails_with_enoent()
    {
        var host = new LinuxModuleHost();

        var ex = await Assert.ThrowsAsync<ControlChannelException>(() => host.OpenControlChannelAsync("stapsharp_no_such_module", CancellationToken.None).AsTask());

        Assert.Equal(2, ex.ErrorNumber);
        Assert.Contains("not loaded", ex.Message);
    }

    [Fact]
    public async Task Time_zone_comes_from_libc()
    {
        var tz = await new LinuxModuleHost().GetTimeZoneAsync(CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(tz.Name));
        Assert.InRange(tz.SecondsWestOfUtc, -14 * 3600, 12 * 3600);
        Assert.True(ControlMessageCodec.TryEncode(TransportProtocol.V4, tz, new byte[76], out _));
    }

    [RootWithKallsymsFact]
    public async Task Relocations_start_with_stext_when_kallsyms_shows_addresses()
    {

        var relocations = await new LinuxModuleHost().GetRelocationsAsync(TransportProtocol.V4, CancellationToken.None);

        Assert.NotEmpty(relocations);
        Assert.Equal("_stext", relocations[0].Symbol);
        Assert.All(relocations, r => Assert.True(ControlMessageCodec.TryEncode(TransportProtocol.V4, r, new byte[300], out _)));
    }

    [Fact]
    public async Task Control_channel_refuses_read_buffers_that_would_lose_messages()
    {
        var file = LinuxFile.TryOpen("/dev/null", LibC.O_RDONLY, out var errno);
        Assert.NotNull(file);
        Assert.Equal(0, errno);
        var channel = new LinuxControlChannel(file!);

        await Assert.ThrowsAsync<ArgumentException>(() => channel.ReadAsync(new byte[100], CancellationToken.None).AsTask());
        file!.Dispose();
    }
}

/// <summary>A fact that reads /proc/kallsyms addresses, which only root sees; skipped with the reason otherwise (not in CI).</summary>
internal sealed class RootWithKallsymsFactAttribute : FactAttribute
{
    public RootWithKallsymsFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("STAPSHARP_VM_REQUIRED") != "1" && (!LinuxModuleHost.IsRoot || !File.Exists("/proc/kallsyms")))
        {
            Skip = "needs root and /proc/kallsyms";
        }
    }
}
