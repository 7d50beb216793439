namespace StapSharp.Vm.Tests.Flavours;

/// <summary>The cloud-kernel tests share one <see cref="CloudSuiteFixture"/>: one build of the subset, one boot.</summary>
[CollectionDefinition(Name)]
public sealed class CloudCollection : ICollectionFixture<CloudSuiteFixture>
{
    public const string Name = "vm-cloud";
}
