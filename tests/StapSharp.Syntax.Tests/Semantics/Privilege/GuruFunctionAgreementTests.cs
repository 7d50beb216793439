using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using StapSharp.Semantics;
using Xunit.Abstractions;

namespace StapSharp.Syntax.Tests.Semantics.Privilege
{
    /// <summary>
    /// Acceptance of issue 15: every function of the installed tapsets whose embedded C is marked <c>/* guru */</c>,
    /// called from a user's probe, is judged by StapSharp as stap -p2 judges it, without and with <c>-g</c>: refused
    /// without (stap's "function may not be used unless -g is specified" is StapSharp's STP2040), accepted with.
    /// </summary>
    public sealed class GuruFunctionAgreementTests(ITestOutputHelper output) : SemanticTestBase
    {
        internal const string WithoutGuru = "";
        internal const string WithGuru = "-g";
        private const string StapGuruMessage = "function may not be used unless -g is specified";

        [StapVerdictFact]
        public void GuruMarkedTapsetFunctionsAgreeWithStap()
        {
            var functions = InstalledGuruFunctions.All;
            Assert.NotEmpty(functions);
            var disagreements = new List<string>();
            foreach (var function in functions)
            {
                foreach (bool guru in new[] { false, true })
                {
                    var stap = StapVerdictCache.Get(guru ? WithGuru : WithoutGuru, function.Script);
                    Assert.True(stap is not null, "no stap verdict for " + function.Script + " (stap is not installed and nothing is cached)");
                    var errors = Compile(function.Script, StapCompilationOptions.Default.WithGuruMode(guru), path: "<input>")
                        .GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                    bool stapRefusesGuru = stap!.Errors.Contains(StapGuruMessage, System.StringComparison.Ordinal);
                    bool weRefuseGuru = errors.Any(d => d.Id == "STP2040");
                    string line = $"{function.File}: {function.Script} {(guru ? "-g" : "")}: stap {(stap.Accepted ? "accepts" : "refuses")}{(stapRefusesGuru ? " (guru)" : "")}, StapSharp {(errors.Count == 0 ? "accepts" : string.Join(" ", errors.Select(Describe)))}";
                    output.WriteLine(line);
                    if (stap.Accepted != (errors.Count == 0) || stapRefusesGuru != weRefuseGuru) disagreements.Add(line);
                }

                // Without -g stap must refuse every one of them (else the marker scan or the cache is wrong).
                Assert.False(StapVerdictCache.Get(WithoutGuru, function.Script)!.Accepted, function.Script);
            }

            Assert.Empty(disagreements);
        }
    }
}
