using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using Xunit.Abstractions;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.Semantics
{
    /// <summary>
    /// Compares StapSharp with the real <c>stap -p2</c> on project-written scripts: the same accept/reject decision,
    /// the same error class for rejected scripts, and the same inferred types of globals and functions for accepted ones.
    /// </summary>
    public sealed class DifferentialTests(ITestOutputHelper output) : SemanticTestBase
    {
        private static readonly string s_directory = TestDataPaths.Get("Differential");

        public static IEnumerable<object[]> Scripts() =>
            Directory.GetFiles(s_directory, "*.stp").OrderBy(p => p, System.StringComparer.Ordinal).Select(p => new object[] { Path.GetFileName(p) });

        // Every script's verdict is checked in; a new script without one needs stap (and fails in CI without it).
        [Theory]
        [MemberData(nameof(Scripts))]
        public void MatchesStapPass2(string name)
        {
            string path = Path.Combine(s_directory, name);
            if (!StapOracle.IsCached(path))
                Prerequisites.Require(Needs.Stap | Needs.KernelBuildTree);
            var stap = StapOracle.RunPass2(path)!;

            var tree = StapSyntaxTree.ParseText(File.ReadAllText(path), path: name);
            var compilation = StapCompilation.Create(new[] { tree });
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            foreach (var diagnostic in compilation.GetDiagnostics()) output.WriteLine(Describe(diagnostic));
            output.WriteLine("stap: " + (stap.Accepted ? "accepted" : stap.FirstError));

            Assert.Equal(stap.Accepted, errors.Count == 0);
            if (!stap.Accepted)
            {
                var expected = StapResult.ClassOf(stap.FirstError ?? "");
                if (expected is null && stap.FirstError?.StartsWith("parse error", System.StringComparison.Ordinal) == true)
                {
                    Assert.Contains(errors, d => string.CompareOrdinal(d.Id, "STP2000") < 0);
                }
                else
                {
                    Assert.NotNull(expected);
                    var ids = expected!.Select(StapDiagnosticDescriptors.GetId).ToList();
                    Assert.Contains(errors, d => ids.Contains(d.Id));
                }

                return;
            }

            var declaredGlobals = compilation.Globals.Where(g => !g.IsLibrary).ToDictionary(g => g.Name);
            foreach (var pair in stap.Listing("globals"))
            {
                if (declaredGlobals.TryGetValue(pair.Key, out var global)) Assert.Equal(pair.Value, global.ToString());
            }

            var userFunctions = compilation.Functions.Where(f => !f.IsLibrary).GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var pair in stap.Listing("functions"))
            {
                if (userFunctions.TryGetValue(pair.Key, out var overloads)) Assert.Contains(pair.Value, overloads.Select(f => f.ToString()));
            }
        }
    }
}
