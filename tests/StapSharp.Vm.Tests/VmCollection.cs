namespace StapSharp.Vm.Tests;

/// <summary>All VM tests share one <see cref="VmSuiteFixture"/>, that is one QEMU boot.</summary>
[CollectionDefinition(Name)]
public sealed class VmCollection : ICollectionFixture<VmSuiteFixture>
{
    public const string Name = "vm";
}
