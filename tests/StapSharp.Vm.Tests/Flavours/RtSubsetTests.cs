using Xunit.Abstractions;

namespace StapSharp.Vm.Tests.Flavours;

/// <summary>
/// The same subset on the PREEMPT_RT kernel (linux-headers-rt-amd64): built by StapSharp for the rt release and run
/// with staprun in the rt guest. The SystemTap runtime takes raw spinlocks and raw_smp_processor_id() under
/// CONFIG_PREEMPT_RT (stp_helper_lock.h, stat_runtime.h), so nothing is refused there: every script prints what it
/// prints on amd64 and the kernel logs no BUG or WARNING.
/// </summary>
[Collection(RtCollection.Name)]
public sealed class RtSubsetTests(RtSuiteFixture fixture, ITestOutputHelper output)
{
    public static System.Collections.Generic.IEnumerable<object[]> SubsetNames => FlavourSubsetAssertions.SubsetNames;

    [FlavourFact("rt")]
    public void Boot_is_the_rt_kernel_and_stays_clean()
    {
        Assert.Equal("y", KernelConfigValue(fixture.Flavour, "PREEMPT_RT"));
        FlavourSubsetAssertions.BootIsTheFlavourKernelAndStaysClean(fixture, output);
    }

    [FlavourTheory("rt")]
    [MemberData(nameof(SubsetNames))]
    public void Script_output_matches_expected(string name) =>
        FlavourSubsetAssertions.ScriptOutputMatchesExpected(fixture, name, output);

    private static string? KernelConfigValue(KernelFlavour flavour, string name)
    {
        foreach (string line in System.IO.File.ReadLines(System.IO.Path.Combine(flavour.BuildTree, ".config")))
        {
            if (line.StartsWith("CONFIG_" + name + "=", System.StringComparison.Ordinal))
                return line[(name.Length + 8)..];
        }

        return null;
    }
}
