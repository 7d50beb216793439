using Xunit;

namespace StapSharp.Vm.Testing;

/// <summary>The theory counterpart of <see cref="VmFactAttribute"/>.</summary>
public sealed class VmTheoryAttribute : TheoryAttribute
{
    public VmTheoryAttribute()
    {
        if (VmEnvironment.SkipReason is string reason)
        {
            Skip = reason;
        }
    }
}
