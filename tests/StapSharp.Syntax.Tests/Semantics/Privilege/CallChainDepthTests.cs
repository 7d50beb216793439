using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using StapSharp.Semantics;
using Xunit.Abstractions;

namespace StapSharp.Syntax.Tests.Semantics.Privilege
{
    /// <summary>
    /// stap 4.8 resolves functions depth first from the probes and refuses a call that reaches a new function deeper
    /// than 101 functions ("internal error: unresolved function call to 'f101'"); with -p3 the accepted 101-deep
    /// chain gets <c>#define MAXNESTING 101</c>. StapSharp refuses the same calls (STP2042), so a 3,000-function
    /// chain no longer compiles into a module nesting 3,000 C calls.
    /// </summary>
    public sealed class CallChainDepthTests(ITestOutputHelper output) : SemanticTestBase
    {
        /// <summary>A chain f0 -> f1 -> ... -> f(n-1), the probe calling the functions listed first.</summary>
        internal static string Chain(int length, params int[] calledFromProbe)
        {
            var text = new StringBuilder();
            for (int i = 0; i < length - 1; i++) text.Append("function f").Append(i).Append("() { return f").Append(i + 1).Append("() + 1 }\n");
            text.Append("function f").Append(length - 1).Append("() { return 1 }\n");
            text.Append("probe begin { ");
            foreach (int first in calledFromProbe.Append(0)) text.Append("println(f").Append(first).Append("()); ");
            return text.Append("exit() }\n").ToString();
        }

        /// <summary>The scripts whose stap verdicts the agreement test compares with.</summary>
        internal static IReadOnlyList<string> StapScripts { get; } = new[]
        {
            Chain(101), Chain(102), Chain(102, 50), Chain(300, 299, 249, 199, 149, 99, 49),
        };

        [Fact]
        public void ChainOf101FunctionsIsAccepted() =>
            Assert.Empty(Errors(Chain(101)));

        [Fact]
        public void ChainOf102FunctionsIsRefusedAtTheDeepCall() =>
            Assert.Equal(new[] { "STP2042 (101,26): unresolved function call to 'f101': the call chain from the probe is deeper than 101 functions" },
                Errors(Chain(102)));

        [Fact]
        public void ChainOf3000FunctionsIsRefused() =>
            Assert.Equal(new[] { "STP2042 (101,26): unresolved function call to 'f101': the call chain from the probe is deeper than 101 functions" },
                Errors(Chain(3000)));

        [Fact]
        public void ResolutionOrderDecidesLikeStap() =>
            // The probe reaches f50 first: f50..f101 resolve at depths 1..52, then f0..f49 reach f50 already resolved.
            Assert.Empty(Errors(Chain(102, 50)));

        [Fact]
        public void UnreachableChainIsNotChecked()
        {
            string script = Chain(102).Replace("probe begin { println(f0()); exit() }", "probe begin { exit() }", System.StringComparison.Ordinal);
            Assert.DoesNotContain(Errors(script), e => e.StartsWith("STP2042", System.StringComparison.Ordinal));
        }

        [Fact]
        public void RecursionIsNotADeepChain() =>
            Assert.Empty(Errors("function r(n) { if (n <= 0) return 0; return r(n - 1) + 1 }\nprobe begin { println(r(5000)); exit() }\n"));

        [StapVerdictFact]
        public void AgreesWithStap()
        {
            foreach (string script in StapScripts)
            {
                var stap = StapVerdictCache.Get(GuruFunctionAgreementTests.WithoutGuru, script);
                Assert.True(stap is not null, "no stap verdict (stap is not installed and nothing is cached)");
                var errors = Errors(script);
                output.WriteLine($"{script.Split('\n').Length} lines: stap {(stap!.Accepted ? "accepts" : stap.Errors.Split('\n')[0])}; StapSharp {string.Join(" ", errors)}");
                Assert.Equal(stap.Accepted, errors.Count == 0);
                Assert.Equal(stap.Errors.Contains("unresolved function call", System.StringComparison.Ordinal), errors.Any(e => e.StartsWith("STP2042", System.StringComparison.Ordinal)));
            }
        }

        private static List<string> Errors(string script) =>
            Compile(script, path: "chain.stp").GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(Describe).ToList();
    }
}
