using Xunit;

namespace StapSharp.Vm.Testing;

/// <summary>A fact that is skipped, with the reason, when this machine cannot run the QEMU VM tests
/// (never when STAPSHARP_VM_REQUIRED=1, as in CI).</summary>
public sealed class VmFactAttribute : FactAttribute
{
    public VmFactAttribute()
    {
        if (VmEnvironment.SkipReason is string reason)
        {
            Skip = reason;
        }
    }
}
