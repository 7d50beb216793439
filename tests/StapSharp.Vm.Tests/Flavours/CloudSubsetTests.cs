using Xunit.Abstractions;

namespace StapSharp.Vm.Tests.Flavours;

/// <summary>
/// The subset of tests/vm-scripts (kernel-subset.txt), built by StapSharp for the cloud kernel's release
/// (linux-headers-cloud-amd64: a much smaller .config) and run with staprun in the cloud guest, prints exactly
/// what it prints on amd64.
/// </summary>
[Collection(CloudCollection.Name)]
public sealed class CloudSubsetTests(CloudSuiteFixture fixture, ITestOutputHelper output)
{
    public static System.Collections.Generic.IEnumerable<object[]> SubsetNames => FlavourSubsetAssertions.SubsetNames;

    [FlavourFact("cloud")]
    public void Boot_is_the_cloud_kernel_and_stays_clean() =>
        FlavourSubsetAssertions.BootIsTheFlavourKernelAndStaysClean(fixture, output);

    [FlavourTheory("cloud")]
    [MemberData(nameof(SubsetNames))]
    public void Script_output_matches_expected(string name) =>
        FlavourSubsetAssertions.ScriptOutputMatchesExpected(fixture, name, output);
}
