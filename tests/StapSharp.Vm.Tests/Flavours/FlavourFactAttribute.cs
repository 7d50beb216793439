using StapSharp.Vm.Testing;

namespace StapSharp.Vm.Tests.Flavours;

/// <summary>A fact skipped, with the reason, when the VM cannot run here or the flavour's kernel headers are not
/// installed (never when STAPSHARP_VM_REQUIRED=1, as in CI).</summary>
public sealed class FlavourFactAttribute : FactAttribute
{
    public FlavourFactAttribute(string flavour)
    {
        Skip = VmEnvironment.SkipReason ?? KernelFlavour.Get(flavour).SkipReason;
    }
}

/// <summary>The theory form of <see cref="FlavourFactAttribute"/>.</summary>
public sealed class FlavourTheoryAttribute : TheoryAttribute
{
    public FlavourTheoryAttribute(string flavour)
    {
        Skip = VmEnvironment.SkipReason ?? KernelFlavour.Get(flavour).SkipReason;
    }
}
