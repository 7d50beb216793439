using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using StapSharp.Semantics;
using Xunit.Abstractions;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.Semantics
{
    /// <summary>
    /// Every installed example that the real <c>stap -p2</c> accepts must be accepted by StapSharp too. Examples stap
    /// rejects (most need kernel debuginfo or command-line arguments) are not test cases: stap's verdicts come from the
    /// checked-in cache (TestData/Semantics/StapCache); set STAPSHARP_STAP_EXAMPLES=1 to run stap for the examples
    /// that have no cache entry yet (some make stap -p2 build tracepoint query modules: minutes each).
    /// </summary>
    public sealed class InstalledExamplesTests(ITestOutputHelper output) : SemanticTestBase
    {
        private const string ExamplesDirectory = Prerequisites.ExamplesDirectory;

        private static bool RunStapForUncached => System.Environment.GetEnvironmentVariable("STAPSHARP_STAP_EXAMPLES") == "1";

        public static IEnumerable<object[]> AcceptedExamples() =>
            Directory.Exists(ExamplesDirectory)
                ? Directory.GetFiles(ExamplesDirectory, "*.stp", SearchOption.AllDirectories)
                    .Where(p => StapOracle.RunPass2(p, allowRun: RunStapForUncached)?.Accepted == true)
                    .Select(p => Path.GetRelativePath(ExamplesDirectory, p))
                    .OrderBy(p => p, System.StringComparer.Ordinal)
                    .Select(p => new object[] { p })
                : new[] { new object[] { "(examples not installed)" } };

        [RequiresTheory(Needs.Examples)]
        [MemberData(nameof(AcceptedExamples))]
        public void AcceptedByStapMeansAcceptedHere(string relativePath)
        {
            Prerequisites.Require(Needs.Examples);
            string path = Path.Combine(ExamplesDirectory, relativePath);
            var tree = StapSyntaxTree.ParseText(File.ReadAllText(path), path: relativePath);
            var compilation = StapCompilation.Create(new[] { tree });
            var diagnostics = compilation.GetDiagnostics();
            foreach (var diagnostic in diagnostics) output.WriteLine(Describe(diagnostic));
            Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }

        [RequiresFact(Needs.Examples)]
        public void MostExamplesHaveACachedVerdict()
        {
            // Guards the cache key: a key change that orphans the checked-in verdicts would silently drop the cases above.
            Prerequisites.Require(Needs.Examples);
            var examples = Directory.GetFiles(ExamplesDirectory, "*.stp", SearchOption.AllDirectories);
            int cached = examples.Count(StapOracle.IsCached);
            output.WriteLine($"{cached} of {examples.Length} examples have a cached stap -p2 verdict");
            Assert.True(cached * 2 > examples.Length, $"only {cached} of {examples.Length} examples have a cached verdict");
        }
    }
}
