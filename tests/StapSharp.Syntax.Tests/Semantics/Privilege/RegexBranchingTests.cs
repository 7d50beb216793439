using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace StapSharp.Syntax.Tests.Semantics.Privilege
{
    /// <summary>
    /// stap refuses patterns with too many optional parts in sequence ("arc_priority overflow due to excessive branching
    /// factor"), among them issue 15's <c>((a?){255}){60}b</c>, which StapSharp compiled to 61,324 matcher instructions
    /// and a 4.4 MB per-CPU work area. StapSharp refuses them in pass 2 too (STP0714, inside the literal).
    /// </summary>
    public sealed class RegexBranchingTests(ITestOutputHelper output) : SemanticTestBase
    {
        /// <summary>Patterns and stap 4.8's verdict (true = refused), each checked with stap -p2.</summary>
        internal static IReadOnlyList<(string Pattern, bool Refused)> Cases { get; } = new[]
        {
            ("((a?){255}){60}b", true),
            ("(a?){255}b", true),
            ("((a?){100}){2}b", true),
            (string.Concat(Enumerable.Repeat("a?", 59)), true),
            (string.Concat(Enumerable.Repeat("a?", 58)), false),
            (string.Concat(Enumerable.Repeat("(a|b)?", 59)), true),
            (string.Concat(Enumerable.Repeat("(a|b)?", 58)), false),
            (string.Concat(Enumerable.Repeat("(a?)?", 30)), false),
            (string.Concat(Enumerable.Repeat("a?", 29)) + string.Concat(Enumerable.Repeat("a*", 29)), false),
            (string.Concat(Enumerable.Repeat("a+", 200)), false),
            ("(a|b){1,200}c", false),
            ("^([a-z]+)=([0-9]+)$", false),
        };

        internal static string Script(string pattern) => "probe begin { if (\"x\" =~ \"" + pattern + "\") println(1); exit() }";

        [Fact]
        public void IssuePatternIsRefusedInsideTheLiteral()
        {
            var errors = Errors(Script("((a?){255}){60}b"));
            Assert.Equal(new[] { "STP0714 (1,27): regex compilation error: arc_priority overflow due to excessive branching factor" }, errors);
        }

        [Fact]
        public void ModelMatchesTheRecordedStapVerdicts()
        {
            foreach (var (pattern, refused) in Cases)
                Assert.True(refused == Errors(Script(pattern)).Any(e => e.StartsWith("STP0714", System.StringComparison.Ordinal)), pattern);
        }

        [StapVerdictFact]
        public void AgreesWithStap()
        {
            foreach (var (pattern, _) in Cases)
            {
                var stap = StapVerdictCache.Get(GuruFunctionAgreementTests.WithoutGuru, Script(pattern));
                Assert.True(stap is not null, "no stap verdict (stap is not installed and nothing is cached)");
                bool stapRefuses = stap!.Errors.Contains("excessive branching factor", System.StringComparison.Ordinal);
                var errors = Errors(Script(pattern));
                output.WriteLine(pattern + ": stap " + (stapRefuses ? "refuses" : "accepts") + ", StapSharp " + string.Join(" ", errors));
                Assert.Equal(stapRefuses, errors.Any(e => e.StartsWith("STP0714", System.StringComparison.Ordinal)));
                Assert.Equal(stap.Accepted, errors.Count == 0);
            }
        }

        private static List<string> Errors(string script) =>
            Compile(script, path: "rx.stp").GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(Describe).ToList();
    }
}
