using StapSharp.Vm.Testing;

namespace StapSharp.Vm.Tests.Flavours;

/// <summary>A fact skipped, with the reason, when the VM cannot run here or the cloud kernel headers are not installed
/// (never when STAPSHARP_VM_REQUIRED=1, as in CI).</summary>
public sealed class CloudFactAttribute : FactAttribute
{
    public CloudFactAttribute()
    {
        Skip = VmEnvironment.SkipReason ?? KernelFlavour.Get("cloud").SkipReason;
    }
}

/// <summary>The theory form of <see cref="CloudFactAttribute"/>.</summary>
public sealed class CloudTheoryAttribute : TheoryAttribute
{
    public CloudTheoryAttribute()
    {
        Skip = VmEnvironment.SkipReason ?? KernelFlavour.Get("cloud").SkipReason;
    }
}
