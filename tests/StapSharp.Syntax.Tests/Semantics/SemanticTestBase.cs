using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Syntax.Tests.Semantics
{
    /// <summary>Helpers to compile small scripts and check semantic diagnostics with exact locations.</summary>
    public abstract class SemanticTestBase
    {
        protected static StapCompilation Compile(string source, StapCompilationOptions? options = null, string path = "test.stp")
        {
            var tree = StapSyntaxTree.ParseText(source, path: path);
            return StapCompilation.Create(new[] { tree }, options);
        }

        /// <summary>Compiles without tapsets (fast, deterministic) unless the test needs them.</summary>
        protected static StapCompilation CompileWithoutTapsets(string source) =>
            Compile(source, StapCompilationOptions.Default.WithUseTapsets(false));

        /// <summary>Formats a diagnostic as <c>STPnnnn (line,col): message</c> with 1-based positions.</summary>
        protected static string Describe(Diagnostic diagnostic)
        {
            var start = diagnostic.Location.GetLineSpan().StartLinePosition;
            return $"{diagnostic.Id} ({start.Line + 1},{start.Character + 1}): {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        }

        protected static IReadOnlyList<string> SemanticErrors(StapCompilation compilation) =>
            compilation.GetSemanticDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(Describe).ToList();

        protected static IReadOnlyList<string> SemanticDiagnostics(StapCompilation compilation) =>
            compilation.GetSemanticDiagnostics().Select(Describe).ToList();

        private protected static string Id(ErrorCode code) => StapDiagnosticDescriptors.GetId(code);

        protected static T FindNode<T>(StapSyntaxTree tree, System.Func<T, bool>? predicate = null) where T : StapSyntaxNode =>
            tree.GetRoot().DescendantNodes().OfType<T>().First(n => predicate is null || predicate(n));
    }
}
