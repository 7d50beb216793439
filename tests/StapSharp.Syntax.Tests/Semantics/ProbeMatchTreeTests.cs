using System.Linq;
using StapSharp.Semantics;

namespace StapSharp.Syntax.Tests.Semantics
{
    public sealed class ProbeMatchTreeTests
    {
        private static readonly ProbeMatchTree s_tree = ProbeMatchTree.CreateBuiltIn();

        private static ProbeMatchResult Match(params (string, ProbeArgumentKind)[] point) => s_tree.Match(point);

        [Fact]
        public void CatalogHasStapFamilies()
        {
            Assert.Equal(260, ProbeFamilyCatalog.Families.Length);
            var family = ProbeFamilyCatalog.Families.Single(f => f.Name == "kernel.function(string).return.maxactive(number)");
            Assert.True(family.IsReturnProbe);
            Assert.True(family.HasTargetVariables);
            Assert.Equal(ProbeArgumentKind.Number, family.Components[3].Argument);
        }

        [Fact]
        public void MatchesByNameAndArgumentKind()
        {
            Assert.Equal("timer.ms(number)", Match(("timer", ProbeArgumentKind.None), ("ms", ProbeArgumentKind.Number)).Families.Single().Name);
            Assert.Equal("begin", Match(("begin", ProbeArgumentKind.None)).Families.Single().Name);
            Assert.Equal("begin(number)", Match(("begin", ProbeArgumentKind.Number)).Families.Single().Name);
        }

        [Fact]
        public void ExplainsFailuresLikeStap()
        {
            var mismatch = Match(("timer", ProbeArgumentKind.None), ("ms", ProbeArgumentKind.String));
            Assert.Equal(ProbeMatchFailure.Mismatch, mismatch.Failure);
            Assert.Equal(1, mismatch.FailureComponent);
            Assert.Contains("ms", mismatch.Suggestions);

            var truncated = Match(("kernel", ProbeArgumentKind.None));
            Assert.Equal(ProbeMatchFailure.Truncated, truncated.Failure);
            Assert.Contains("function(string)", truncated.Suggestions);

            var suffix = Match(("timer", ProbeArgumentKind.None), ("ms", ProbeArgumentKind.Number), ("foo", ProbeArgumentKind.None));
            Assert.Equal(ProbeMatchFailure.InvalidSuffix, suffix.Failure);
            Assert.Equal(2, suffix.FailureComponent);
        }

        [Fact]
        public void WildcardsExpandOverComponents()
        {
            var result = Match(("proc*", ProbeArgumentKind.None), ("begin", ProbeArgumentKind.None));
            Assert.Equal(new[] { "process.begin" }, result.Families.Select(f => f.Name).ToArray());
        }

        [Fact]
        public void AliasesShareTheTree()
        {
            var tree = ProbeMatchTree.CreateBuiltIn();
            tree.AddAlias(new[] { "syscall", "open" }, "open-target");
            tree.AddAlias(new[] { "syscall", "openat" }, "openat-target");
            var result = tree.Match(new[] { ("syscall", ProbeArgumentKind.None), ("open*", ProbeArgumentKind.None) });
            Assert.Equal(new object[] { "open-target", "openat-target" }, result.Aliases.OrderBy(a => (string)a).ToArray());
        }

        [Theory]
        [InlineData("sys*open", "sys_open", true)]
        [InlineData("*", "anything", true)]
        [InlineData("a*c", "abd", false)]
        [InlineData("**", "", true)]
        public void GlobMatching(string pattern, string text, bool expected) =>
            Assert.Equal(expected, ProbeMatchTree.GlobMatches(pattern, text));
    }
}
