using Xunit;

namespace StapSharp.Testing
{
    /// <summary>A fact that needs real peers: skipped with the reason when they are missing (never in CI, where the
    /// test runs and should call <see cref="Prerequisites.Require"/> to fail with the reason).</summary>
    public sealed class RequiresFactAttribute : FactAttribute
    {
        public RequiresFactAttribute(Needs needs)
        {
            Needs = needs;
            Skip = Prerequisites.SkipReason(needs);
        }

        public Needs Needs { get; }
    }

    /// <summary>A theory that needs real peers; see <see cref="RequiresFactAttribute"/>.</summary>
    public sealed class RequiresTheoryAttribute : TheoryAttribute
    {
        public RequiresTheoryAttribute(Needs needs)
        {
            Needs = needs;
            Skip = Prerequisites.SkipReason(needs);
        }

        public Needs Needs { get; }
    }
}
