using System.IO;
using System.Linq;

namespace StapSharp.Transport.Tests;

public sealed class KernelSymbolsTests
{
    [Fact]
    public void Kallsyms_lines_give_kernel_relocations_in_wanted_order()
    {
        const string kallsyms = """
            ffffffffa0001000 t helper	[ext4]
            ffffffff81000000 T _stext
            ffffffff81100000 T kallsyms_on_each_symbol
            ffffffff81200000 T kallsyms_lookup_name
            ffffffffa0002000 T _stext	[fake_module]
            """;

        var relocations = KernelSymbols.FromKallsyms(new StringReader(kallsyms), KernelSymbols.Wanted(TransportProtocol.V4));

        Assert.Equal(
            [
                new RelocationMessage("kernel", "_stext", 0xffffffff81000000),
                new RelocationMessage("kernel", "kallsyms_lookup_name", 0xffffffff81200000),
                new RelocationMessage("kernel", "kallsyms_on_each_symbol", 0xffffffff81100000),
            ],
            relocations);
    }

    [Fact]
    public void V5_also_wants_module_kallsyms_on_each_symbol()
    {
        Assert.Contains("module_kallsyms_on_each_symbol", KernelSymbols.Wanted(TransportProtocol.V5));
        Assert.DoesNotContain("module_kallsyms_on_each_symbol", KernelSymbols.Wanted(TransportProtocol.V4));
        Assert.Equal("_stext", KernelSymbols.Wanted(TransportProtocol.V5).First());
    }
}
