using System.Collections.Generic;
using System.Linq;
using StapSharp.Diagnostics;
using StapSharp.Syntax;
using StapSharp.Syntax.Tests.Lexing;

namespace StapSharp.Syntax.Tests.Preprocessor
{
    internal static class PreprocessorTestHelpers
    {
        public static readonly IReadOnlyDictionary<string, string> Config = new Dictionary<string, string>
        {
            ["CONFIG_SMP"] = "y",
            ["CONFIG_NR_CPUS"] = "64",
            ["CONFIG_HZ"] = "250",
            ["CONFIG_MODULES"] = "y",
            ["CONFIG_DEFAULT_HOSTNAME"] = "\"(none)\"",
            ["CONFIG_BASE"] = "0x10",
        };

        /// <summary>Fixed options: a Debian 12 kernel release (a literal value, not the machine's) and a small, known configuration.</summary>
        public static readonly StapParseOptions Options = StapParseOptions.Default.WithKernelRelease("6.1.0-56-amd64").WithKernelConfig(Config);

        /// <summary>The texts of the tokens that come out (active branches only), space-separated.</summary>
        public static string Active(string text, StapParseOptions? options = null) =>
            string.Join(" ", LexerTestHelpers.LexTokens(text, options ?? Options).Select(t => t.Text));

        public static List<LexedDiagnostic> Errors(string text, StapParseOptions? options = null) =>
            LexerTestHelpers.LexDiagnostics(text, options ?? Options);

        public static ErrorCode[] Codes(string text, StapParseOptions? options = null) =>
            Errors(text, options).Select(d => d.Code).ToArray();

        /// <summary>Evaluates a condition: "yes" or "no" comes out, or neither when the conditional is broken.</summary>
        public static string Evaluate(string condition, StapParseOptions? options = null) =>
            Active("%( " + condition + " %? yes %: no %)", options);
    }
}
