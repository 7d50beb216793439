using StapSharp.Vm.Testing;

namespace StapSharp.Vm.Tests;

/// <summary>A VM theory that also needs STAPSHARP_VM_CLI: the path of a published NativeAOT <c>stapsharp</c>
/// (<c>dotnet publish src/StapSharp.Cli -c Release -p:StapAot=true -o DIR</c>).</summary>
public sealed class VmCliTheoryAttribute : TheoryAttribute
{
    public VmCliTheoryAttribute()
    {
        if (VmEnvironment.SkipReason is string reason)
        {
            Skip = reason;
        }
        else if (VmSuiteFixture.CliPath is null && !VmEnvironment.IsRequired)
        {
            Skip = "Set STAPSHARP_VM_CLI to a published NativeAOT stapsharp to run the scripts with `stapsharp run` too.";
        }
    }
}
