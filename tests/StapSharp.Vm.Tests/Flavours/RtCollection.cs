namespace StapSharp.Vm.Tests.Flavours;

/// <summary>The rt-kernel tests share one <see cref="RtSuiteFixture"/>: one build of the subset, one boot.</summary>
[CollectionDefinition(Name)]
public sealed class RtCollection : ICollectionFixture<RtSuiteFixture>
{
    public const string Name = "vm-rt";
}
