using System.Globalization;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace StapSharp.Diagnostics
{
    /// <summary>Creates the descriptors of the built-in analyzers (ids STP5001 and up), each linking to its section in docs/analyzers.md.</summary>
    internal static class BuiltInRules
    {
        public const string Usage = "Usage";
        public const string Correctness = "Correctness";
        public const string Performance = "Performance";
        public const string Style = "Style";

        private const string DocsUrl = "https://github.com/stapsharp/stapsharp/blob/main/docs/analyzers.md#";

        public static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description) =>
            new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description: description,
                helpLinkUri: DocsUrl + id.ToLowerInvariant());

        public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
