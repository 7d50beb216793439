using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using StapSharp.Semantics;
using Xunit.Abstractions;

namespace StapSharp.Syntax.Tests.Semantics
{
    /// <summary>
    /// Every installed example that the real <c>stap -p2</c> accepts on this machine must be accepted by StapSharp
    /// too. Examples stap rejects (most need kernel debuginfo or command-line arguments) are excluded by stap's own verdict.
    /// stap's verdicts are cached in TestData/Semantics/StapCache; set STAPSHARP_STAP_EXAMPLES=1 to run stap for the
    /// examples that have no cache entry yet.
    /// </summary>
    public sealed class InstalledExamplesTests(ITestOutputHelper output) : SemanticTestBase
    {
        private const string ExamplesDirectory = "/usr/share/systemtap/examples";

        public static IEnumerable<object[]> Examples() =>
            Directory.Exists(ExamplesDirectory)
                ? Directory.GetFiles(ExamplesDirectory, "*.stp", SearchOption.AllDirectories)
                    .Select(p => Path.GetRelativePath(ExamplesDirectory, p))
                    .OrderBy(p => p, System.StringComparer.Ordinal)
                    .Select(p => new object[] { p })
                : new[] { new object[] { "" } };

        [Theory]
        [MemberData(nameof(Examples))]
        public void AcceptedByStapMeansAcceptedHere(string relativePath)
        {
            if (relativePath.Length == 0)
            {
                output.WriteLine("examples not installed: skipped");
                return;
            }

            string path = Path.Combine(ExamplesDirectory, relativePath);
            // Uncached examples run stap only on request: some make stap -p2 build tracepoint query modules (minutes each).
            bool runStap = System.Environment.GetEnvironmentVariable("STAPSHARP_STAP_EXAMPLES") == "1";
            var stap = StapOracle.RunPass2(path, allowRun: runStap);
            if (stap is null || !stap.Accepted)
            {
                output.WriteLine(stap is null ? "stap unavailable: skipped" : "stap rejects it: " + stap.FirstError);
                return;
            }

            var tree = StapSyntaxTree.ParseText(File.ReadAllText(path), path: relativePath);
            var compilation = StapCompilation.Create(new[] { tree });
            var diagnostics = compilation.GetDiagnostics();
            foreach (var diagnostic in diagnostics) output.WriteLine(Describe(diagnostic));
            Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }
    }
}
