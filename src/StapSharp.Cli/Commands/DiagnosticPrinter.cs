using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// Writes each diagnostic as its <c>path(line,col): error STPnnnn: message</c> line followed by the source line
    /// and a caret (<see cref="DiagnosticExcerpt"/>); tells whether any of them is an error. The first line stays
    /// the machine-readable one: the excerpt lines start with spaces.
    /// </summary>
    internal static class DiagnosticPrinter
    {
        /// <summary>Prints to <paramref name="output"/>, in colour when it is a console terminal (see <see cref="ConsoleColoring"/>).</summary>
        public static bool Print(IEnumerable<Diagnostic> diagnostics, bool stapStyle, TextWriter output) =>
            Print(diagnostics, stapStyle, output, ConsoleColoring.For(output));

        public static bool Print(IEnumerable<Diagnostic> diagnostics, bool stapStyle, TextWriter output, bool color)
        {
            bool anyError = false;
            foreach (var diagnostic in diagnostics)
            {
                string header = stapStyle ? StapDiagnosticFormatter.FormatStapStyle(diagnostic) : StapDiagnosticFormatter.Format(diagnostic);
                output.WriteLine(color ? DiagnosticExcerpt.ColorHeader(header, diagnostic) : header);
                if (diagnostic.Location.Kind != LocationKind.None)
                    DiagnosticExcerpt.Write(diagnostic, DiagnosticSources.Find(diagnostic.Location.GetLineSpan().Path), color, output);
                anyError |= diagnostic.Severity == DiagnosticSeverity.Error;
            }
            return anyError;
        }
    }
}
