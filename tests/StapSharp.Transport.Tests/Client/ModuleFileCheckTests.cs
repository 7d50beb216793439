using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace StapSharp.Transport.Tests;

/// <summary>
/// What a .ko must be before the client hands it to the kernel: named the way the kernel names it (no fallback to the
/// file name), a SystemTap module unless forced, and loaded with parameters that cannot bypass the runtime's checks.
/// Nothing here loads anything.
/// </summary>
public sealed class ModuleFileCheckTests
{
    [Fact]
    public void The_name_is_read_only_from_an_alloc_section_as_the_kernel_find_sec_does()
    {
        // A decoy without SHF_ALLOC comes first: the kernel ignores it and takes the real one.
        var image = TestElf.Build(TestElf.ThisModule("decoy", flags: 0), TestElf.ThisModule("stap_real"));

        Assert.True(KernelModuleNames.TryReadEmbeddedName(image, out var name));
        Assert.Equal("stap_real", name);
    }

    [Fact]
    public void A_this_module_section_without_alloc_is_no_name()
    {
        Assert.False(KernelModuleNames.TryReadEmbeddedName(TestElf.Build(TestElf.ThisModule("stap_x", flags: 0)), out _));
    }

    [Fact]
    public void Section_zero_is_never_searched()
    {
        var image = TestElf.Build(nullSection: TestElf.ThisModule("stap_in_null"), TestElf.Privilege());

        Assert.False(KernelModuleNames.TryReadEmbeddedName(image, out _));
    }

    [Fact]
    public void A_module_without_a_name_is_refused_instead_of_named_after_its_file()
    {
        var image = TestElf.Build(TestElf.Privilege());

        var error = Assert.Throws<ModuleLoadException>(() => ModuleFile.Check(image, "/tmp/ext4.ko", ModuleLoadOptions.Default));
        Assert.Contains("no readable .gnu.linkonce.this_module", error.Message);
    }

    [Fact]
    public void A_module_that_is_not_a_SystemTap_module_is_refused_unless_forced()
    {
        var image = TestElf.Build(TestElf.ThisModule("some_driver"));

        var error = Assert.Throws<ModuleLoadException>(() => ModuleFile.Check(image, "some_driver.ko", ModuleLoadOptions.Default));
        Assert.Contains(".stap_privilege", error.Message);
        Assert.Equal("some_driver", ModuleFile.Check(image, "some_driver.ko", ModuleLoadOptions.Default.WithAllowForeignModule(true)));
    }

    [Fact]
    public void A_SystemTap_module_is_accepted_under_its_embedded_name()
    {
        var image = TestElf.Build(TestElf.ThisModule("stap_abc"), TestElf.Privilege());

        Assert.Equal("stap_abc", ModuleFile.Check(image, "/tmp/renamed.ko", ModuleLoadOptions.Default));
    }

    [Fact]
    public void A_given_name_that_differs_from_the_embedded_one_is_refused()
    {
        var image = TestElf.Build(TestElf.ThisModule("stap_abc"), TestElf.Privilege());

        Assert.Throws<ModuleLoadException>(() => ModuleFile.Check(image, "x.ko", ModuleLoadOptions.Default.WithModuleName("ext4")));
        Assert.Throws<ArgumentException>(() => ModuleClient.LoadAsync(new NeverLoadingHost(), image, TransportProtocol.V4, ModuleLoadOptions.Default.WithModuleName("ext4"), default).GetAwaiter().GetResult());
    }

    [Theory]
    [InlineData("_stp_bufsize")]
    [InlineData("_stp_anything")]
    [InlineData("dyndbg")]
    [InlineData("async_probe")]
    public void Reserved_parameter_names_are_refused(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => ModuleLoadOptions.Default.WithParameter(name, "1"));
        Assert.Contains("not a script global", error.Message);
    }

    [Fact]
    public void The_buffer_size_cannot_be_set_past_its_range_through_a_parameter()
    {
        Assert.Throws<ArgumentException>(() => ModuleLoadOptions.Default.WithParameter("_stp_bufsize", "100000"));
        Assert.Equal("_stp_bufsize=0 count=3", ModuleLoadOptions.Default.WithParameter("count", "3").FormatParameters());
    }

    [RuntimeHeaderFact]
    public void Every_parameter_the_installed_runtime_declares_is_reserved()
    {
        const string runtime = "/usr/share/systemtap/runtime";
        var declared = Directory.EnumerateFiles(runtime, "*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".c", StringComparison.Ordinal) || file.EndsWith(".h", StringComparison.Ordinal))
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"\bmodule_param(?:_named)?\s*\(\s*(\w+)").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.Contains("_stp_bufsize", declared);
        Assert.All(declared, name => Assert.True(ModuleLoadOptions.IsReservedParameterName(name), name + " is declared by the runtime but not reserved"));
    }

    /// <summary>A host whose load must never be reached in these tests.</summary>
    private sealed class NeverLoadingHost : IModuleHost
    {
        public System.Threading.Tasks.ValueTask LoadModuleAsync(ReadOnlyMemory<byte> image, string moduleName, string parameters, System.Threading.CancellationToken cancellationToken) =>
            throw new InvalidOperationException("loaded");

        public System.Threading.Tasks.ValueTask<bool> UnloadModuleAsync(string moduleName, System.Threading.CancellationToken cancellationToken) => throw new InvalidOperationException();

        public System.Threading.Tasks.ValueTask<IControlChannel> OpenControlChannelAsync(string moduleName, System.Threading.CancellationToken cancellationToken) => throw new InvalidOperationException();

        public System.Threading.Tasks.ValueTask<System.Collections.Generic.IReadOnlyList<ITraceFile>> OpenTraceFilesAsync(string moduleName, System.Threading.CancellationToken cancellationToken) => throw new InvalidOperationException();

        public System.Threading.Tasks.ValueTask<System.Collections.Generic.IReadOnlyList<RelocationMessage>> GetRelocationsAsync(TransportProtocol protocol, System.Threading.CancellationToken cancellationToken) => throw new InvalidOperationException();

        public System.Threading.Tasks.ValueTask<TimeZoneInfoMessage> GetTimeZoneAsync(System.Threading.CancellationToken cancellationToken) => throw new InvalidOperationException();
    }
}
