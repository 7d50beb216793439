using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Fuzzing
{
    /// <summary>The steps the script targets share: bytes → text → tree → compilation (with the installed tapsets).</summary>
    internal static class ScriptPipeline
    {
        private static readonly StapCompilationOptions CompilationOptions = StapCompilationOptions.Default;

        /// <summary>Fuzz inputs are bytes; invalid UTF-8 becomes U+FFFD, as when the CLI reads a file.</summary>
        public static string ToText(ReadOnlySpan<byte> data) => Encoding.UTF8.GetString(data);

        public static StapSyntaxTree Parse(string text) => StapSyntaxTree.ParseText(text, StapParseOptions.Default, "fuzz.stp");

        public static bool HasErrors(StapSyntaxTree tree) => tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);

        public static StapCompilation Bind(StapSyntaxTree tree) => StapCompilation.Create(new[] { tree }, CompilationOptions);

        /// <summary>Loads the shared tapset library once, so that the first fuzz input does not pay for it (and time out).</summary>
        public static void WarmUp()
        {
            StapCompilation compilation = Bind(Parse("probe begin { printf(\"%s %d\\n\", execname(), pid()); exit() }"));
            compilation.GetSemanticDiagnostics();
        }

        /// <summary>STP9001 means an analyzer threw: the analyzer driver turns the exception into a diagnostic.</summary>
        public static void ThrowOnAnalyzerFailure(ImmutableArray<Diagnostic> diagnostics)
        {
            string failureId = "STP" + ((int)ErrorCode.ERR_AnalyzerException).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            Diagnostic? failure = diagnostics.FirstOrDefault(d => d.Id == failureId);
            if (failure != null)
                throw new FuzzInvariantException("A built-in analyzer threw: " + failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
