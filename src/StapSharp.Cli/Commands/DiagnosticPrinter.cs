using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;

namespace StapSharp.Cli.Commands
{
    /// <summary>Writes diagnostics one per line; tells whether any of them is an error.</summary>
    internal static class DiagnosticPrinter
    {
        public static bool Print(IEnumerable<Diagnostic> diagnostics, bool stapStyle, TextWriter output)
        {
            bool anyError = false;
            foreach (var diagnostic in diagnostics)
            {
                output.WriteLine(stapStyle ? StapDiagnosticFormatter.FormatStapStyle(diagnostic) : StapDiagnosticFormatter.Format(diagnostic));
                anyError |= diagnostic.Severity == DiagnosticSeverity.Error;
            }
            return anyError;
        }
    }
}
