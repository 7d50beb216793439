using Xunit;

namespace StapSharp.Codegen.Tests.Regex
{
    /// <summary>
    /// The matcher counts its steps and stops once they exceed the budget it is given (what is left of MAXACTION times
    /// <see cref="RegexMatcherSource.StepsPerAction"/>), so a pathological pattern cannot keep a probe running with
    /// interrupts off: issue 15 measured <c>(a|b){1,200}c</c> on 511 bytes at 5.4 ms per match before the bound.
    /// </summary>
    public sealed class RegexCostBoundTests
    {
        private static readonly string s_pathologicalSubject = new('a', 511);

        [GccFact]
        public void PathologicalMatchStopsAtTheBudget()
        {
            long budget = 1000L * RegexMatcherSource.StepsPerAction; // stap's default MAXACTION, untouched by the probe
            var (result, steps) = HostMatcher.RunWithBudget("(a|b){1,200}c", s_pathologicalSubject, budget);
            Assert.Equal(-1, result);
            // The closure loop notices the excess first and the thread loop once more before returning.
            Assert.InRange(steps, budget + 1, budget + 2);
        }

        [GccFact]
        public void PathologicalMatchNeedsFarMoreThanMaxAction()
        {
            // Unbounded, the same search takes more steps than a whole probe's default MAXACTION allows (1.4 million).
            var (result, steps) = HostMatcher.RunWithBudget("(a|b){1,200}c", s_pathologicalSubject, long.MaxValue / 2);
            Assert.Equal(0, result);
            Assert.True(steps > 1000L * RegexMatcherSource.StepsPerAction, "steps: " + steps);
        }

        [GccFact]
        public void OrdinaryMatchCostsLessThanOneAction()
        {
            var (result, steps) = HostMatcher.RunWithBudget("^([a-z]+)=([0-9]+)$", "timeout=30", 1000L * RegexMatcherSource.StepsPerAction);
            Assert.Equal(1, result);
            Assert.InRange(steps, 1, RegexMatcherSource.StepsPerAction - 1);
        }

        [GccFact]
        public void ExhaustedBudgetFailsAtOnce()
        {
            var (result, steps) = HostMatcher.RunWithBudget("a", "a", 0);
            Assert.Equal(-1, result);
            Assert.InRange(steps, 1, 2);
        }
    }
}
