using System.Globalization;
using Microsoft.CodeAnalysis;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// Formats diagnostics for display, with invariant culture and 1-based lines and columns:
    /// <c>path(line,col): error STP1003: message</c> (the compiler's form) or, opt-in, the stap/GCC-like
    /// <c>path:line:col: error STP1003: message</c>.
    /// </summary>
    public static class StapDiagnosticFormatter
    {
        /// <summary>Formats as <c>path(line,col): severity id: message</c>.</summary>
        /// <param name="diagnostic">The diagnostic.</param>
        public static string Format(Diagnostic diagnostic) => Format(diagnostic, stapStyle: false);

        /// <summary>Formats as <c>path:line:col: severity id: message</c>.</summary>
        /// <param name="diagnostic">The diagnostic.</param>
        public static string FormatStapStyle(Diagnostic diagnostic) => Format(diagnostic, stapStyle: true);

        private static string Format(Diagnostic diagnostic, bool stapStyle)
        {
            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            var head = Severity(diagnostic.Severity) + " " + diagnostic.Id + ": " + message;
            var location = diagnostic.Location;
            if (location.Kind == LocationKind.None) return head;
            var span = location.GetLineSpan();
            var line = (span.StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
            var column = (span.StartLinePosition.Character + 1).ToString(CultureInfo.InvariantCulture);
            return stapStyle
                ? $"{span.Path}:{line}:{column}: {head}"
                : $"{span.Path}({line},{column}): {head}";
        }

        private static string Severity(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
    }
}
