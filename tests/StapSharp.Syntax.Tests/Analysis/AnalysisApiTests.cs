using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using StapSharp.Diagnostics;
using StapSharp.Semantics;

namespace StapSharp.Syntax.Tests.Analysis
{
    public class AnalysisApiTests
    {
        private const string TwoCalls = "probe begin {\n  println(1)\n  exit()\n}\n";

        [Fact]
        public async Task NodeActionsReportInSourceOrder()
        {
            var result = await AnalyzerVerifier.RunAsync(TwoCalls, new CallReporter());
            Assert.Equal(new[]
            {
                "warning TEST001 (2,3)-(2,10): Call to 'println'",
                "warning TEST001 (3,3)-(3,7): Call to 'exit'",
            }, result);
        }

        [Fact]
        public async Task ThrowingActionIsIsolatedAndReportedOnce()
        {
            var result = await AnalyzerVerifier.RunAsync(TwoCalls + "probe end { exit() }", new ThrowingAnalyzer(inInitialize: false), new CallReporter());
            Assert.Equal(new[]
            {
                "error STP9001: Analyzer 'Thrower' threw an exception of type 'System.InvalidOperationException': boom",
                "warning TEST001 (2,3)-(2,10): Call to 'println'",
                "warning TEST001 (3,3)-(3,7): Call to 'exit'",
                "warning TEST001 (5,13)-(5,17): Call to 'exit'",
            }, result);
        }

        [Fact]
        public async Task ThrowingInitializeIsIsolated()
        {
            var result = await AnalyzerVerifier.RunAsync(TwoCalls, new ThrowingAnalyzer(inInitialize: true), new CallReporter());
            Assert.Equal("error STP9001: Analyzer 'Thrower' threw an exception of type 'System.NotSupportedException': init failed", result[0]);
            Assert.Equal(3, result.Length);
        }

        [Fact]
        public async Task UndeclaredIdIsAnAnalyzerFailure()
        {
            var result = await AnalyzerVerifier.RunAsync(TwoCalls, new UndeclaredIdAnalyzer());
            Assert.Equal(new[] { "error STP9001: Analyzer 'Undeclared' threw an exception of type 'System.ArgumentException': Reported diagnostic with ID 'TEST002' is not supported by the analyzer. (Parameter 'diagnostic')" }, result);
        }

        [Theory]
        [InlineData("# stapsharp-disable TEST001\n")]
        [InlineData("// stapsharp-disable TEST001, STP5001\n")]
        [InlineData("/* stapsharp-disable */\n")]
        public async Task DisableCommentSuppressesFromThereOn(string comment)
        {
            var result = await AnalyzerVerifier.RunAsync("probe begin { print(1) }\n" + comment + TwoCalls, new CallReporter());
            Assert.Equal(new[] { "warning TEST001 (1,15)-(1,20): Call to 'print'" }, result);
        }

        [Fact]
        public async Task RestoreAndNextLine()
        {
            string source = "# stapsharp-disable TEST001\nprobe begin { print(1) }\n# stapsharp-restore TEST001\nprobe end {\n  # stapsharp-disable-next-line TEST001\n  print(2); print(3)\n  print(4)\n}\n";
            var result = await AnalyzerVerifier.RunAsync(source, new CallReporter());
            Assert.Equal(new[] { "warning TEST001 (7,3)-(7,8): Call to 'print'" }, result);
        }

        [Fact]
        public async Task OtherIdsAreNotSuppressed()
        {
            var result = await AnalyzerVerifier.RunAsync("# stapsharp-disable STP5001 -- reason text\n" + TwoCalls, new CallReporter());
            Assert.Equal(2, result.Length);
        }

        [Fact]
        public async Task SeverityConfigurationAndWarningsAsErrors()
        {
            var suppressed = await AnalyzerVerifier.RunAsync(TwoCalls, AnalysisOptions.Default.WithSeverity("test001", ReportSeverity.Suppress), new CallReporter());
            Assert.Empty(suppressed);

            var info = await AnalyzerVerifier.RunAsync(TwoCalls, AnalysisOptions.Default.WithSeverity("TEST001", ReportSeverity.Info).WithWarningsAsErrors(true), new CallReporter());
            Assert.All(info, line => Assert.StartsWith("info TEST001", line));

            var errors = await AnalyzerVerifier.RunAsync(TwoCalls, AnalysisOptions.Default.WithWarningsAsErrors(true), new CallReporter());
            Assert.Equal("error TEST001 (2,3)-(2,10): Call to 'println'", errors[0]);
        }

        [Fact]
        public async Task OutputIsSortedByPathThenPosition()
        {
            var b = StapSyntaxTree.ParseText("probe begin { print(1); print(2) }", path: "b.stp");
            var a = StapSyntaxTree.ParseText("probe begin { exit() }", path: "a.stp");
            var analyzers = ImmutableArray.Create<StapAnalyzer>(new CallReporter(), new RunCounter());
            var parallel = await StapAnalysis.RunAsync(new[] { b, a }, analyzers);
            var serial = await StapAnalysis.RunAsync(new[] { b, a }, analyzers, AnalysisOptions.Default.WithConcurrentExecution(false));
            var lines = parallel.Select(AnalyzerVerifier.Describe).ToArray();
            Assert.Equal(new[]
            {
                "info TEST003: 2 probes, 0 symbols, 0 models, compilation: False",
                "warning TEST001 (1,15)-(1,19): Call to 'exit'",
                "warning TEST001 (1,15)-(1,20): Call to 'print'",
                "warning TEST001 (1,25)-(1,30): Call to 'print'",
            }, lines);
            Assert.Equal(new[] { "", "a.stp", "b.stp", "b.stp" }, parallel.Select(d => d.Location.GetLineSpan().Path ?? "").ToArray());
            Assert.Equal(lines, serial.Select(AnalyzerVerifier.Describe).ToArray());
        }

        [Fact]
        public async Task CompilationRunHasModelsAndSymbols()
        {
            var tree = StapSyntaxTree.ParseText("global g\nfunction f() { return g }\nprobe begin { g = f() }", path: "c.stp");
            var compilation = StapCompilation.Create(new[] { tree }, StapCompilationOptions.Default.WithUseTapsets(false));
            var result = await StapAnalysis.RunAsync(compilation, ImmutableArray.Create<StapAnalyzer>(new RunCounter()));
            Assert.Equal(new[] { "info TEST003: 1 probes, 2 symbols, 1 models, compilation: True" }, result.Select(AnalyzerVerifier.Describe));
        }

        [Fact]
        public async Task CancellationStopsTheRun()
        {
            using var cts = new CancellationTokenSource();
            cts.Cancel();
            var tree = AnalyzerVerifier.Parse(TwoCalls);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                StapAnalysis.RunAsync(new[] { tree }, ImmutableArray.Create<StapAnalyzer>(new CallReporter()), null, cts.Token));
        }

        [Fact]
        public void ApplyOptionsKeepsParserErrors()
        {
            var tree = StapSyntaxTree.ParseText("# stapsharp-disable\nprobe begin {", path: "e.stp");
            var errors = tree.GetDiagnostics().ToArray();
            Assert.NotEmpty(errors);
            var configured = StapAnalysis.ApplyOptions(errors, new[] { tree }, AnalysisOptions.Default.WithSeverity(errors[0].Id, ReportSeverity.Suppress));
            Assert.Equal(errors.Length, configured.Length);
        }

        [Fact]
        public void BuiltInRulesHaveUniqueIdsAndDocs()
        {
            var descriptors = StapAnalysis.BuiltInAnalyzers.SelectMany(a => a.SupportedDiagnostics).ToArray();
            Assert.Equal(16, descriptors.Length);
            Assert.Equal(descriptors.Length, descriptors.Select(d => d.Id).Distinct().Count());
            Assert.All(descriptors, d => Assert.Matches("^STP50(0[1-9]|1[0-6])$", d.Id));
            Assert.All(descriptors, d => Assert.EndsWith("#" + d.Id.ToLowerInvariant(), d.HelpLinkUri));
            string docs = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoRoot(), "docs", "analyzers.md"));
            Assert.All(descriptors, d => Assert.Contains("## " + d.Id, docs));
        }

        internal static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "")
        {
            var dir = new System.IO.DirectoryInfo(System.IO.Path.GetDirectoryName(thisFile)!);
            while (dir != null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "StapSharp.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }
}
