using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Syntax.Tests.Analysis
{
    /// <summary>Runs analyzers over one parsed script and describes each diagnostic with its exact span (1-based, end exclusive).</summary>
    internal static class AnalyzerVerifier
    {
        public const string Path = "test.stp";

        public static StapSyntaxTree Parse(string source, StapParseOptions? options = null)
        {
            var tree = StapSyntaxTree.ParseText(source, options, Path);
            Assert.Empty(tree.GetDiagnostics());
            return tree;
        }

        public static async Task<string[]> RunAsync(string source, params StapAnalyzer[] analyzers) =>
            await RunAsync(source, AnalysisOptions.Default, analyzers);

        public static async Task<string[]> RunAsync(string source, AnalysisOptions options, params StapAnalyzer[] analyzers)
        {
            var diagnostics = await StapAnalysis.RunAsync(new[] { Parse(source) }, analyzers.ToImmutableArray(), options);
            return diagnostics.Select(Describe).ToArray();
        }

        public static async Task VerifyAsync(string source, StapAnalyzer analyzer, params string[] expected) =>
            Assert.Equal(expected, await RunAsync(source, analyzer));

        /// <summary><c>warning STP5001 (2,12)-(2,14): message</c>.</summary>
        public static string Describe(Diagnostic diagnostic)
        {
            string severity = diagnostic.Severity.ToString().ToLowerInvariant();
            string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            if (diagnostic.Location.Kind == LocationKind.None) return $"{severity} {diagnostic.Id}: {message}";
            var span = diagnostic.Location.GetLineSpan();
            return string.Format(CultureInfo.InvariantCulture, "{0} {1} ({2},{3})-({4},{5}): {6}", severity, diagnostic.Id,
                span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
                span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1, message);
        }
    }
}
