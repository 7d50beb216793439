using System;
using System.Globalization;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// The source line under a diagnostic, with a caret at its position and tildes under the rest of its span, in
    /// the layout of gcc and clang (stap and the .NET compilers show the line too):
    /// <code>
    /// a.stp(1,19): error STP1003: ...
    ///     1 | probe begin { x = }
    ///       |                   ^
    /// </code>
    /// With colours the severity is red/magenta/cyan, the location bold and the caret line green, as in gcc.
    /// </summary>
    internal static class DiagnosticExcerpt
    {
        private const string Bold = "\u001b[1m";
        private const string Red = "\u001b[1;31m";
        private const string Magenta = "\u001b[1;35m";
        private const string Cyan = "\u001b[1;36m";
        private const string Green = "\u001b[1;32m";
        private const string Reset = "\u001b[0m";
        private const int GutterWidth = 5;

        /// <summary>Writes the excerpt lines; nothing when the diagnostic has no position or its line is empty or missing.</summary>
        public static void Write(Diagnostic diagnostic, SourceText? text, bool color, TextWriter output)
        {
            if (text is null || diagnostic.Location.Kind == LocationKind.None)
                return;
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            int lineIndex = span.StartLinePosition.Line;
            if (lineIndex < 0 || lineIndex >= text.Lines.Count)
                return;
            string source = text.ToString(text.Lines[lineIndex].Span);
            if (source.Trim().Length == 0)
                return;

            int start = Math.Min(span.StartLinePosition.Character, source.Length);
            int end = span.EndLinePosition.Line == lineIndex ? Math.Min(span.EndLinePosition.Character, source.Length) : source.Length;
            var marker = new StringBuilder();
            // Tabs stay tabs so the caret lines up however wide the terminal draws them.
            for (int i = 0; i < start; i++)
                marker.Append(source[i] == '\t' ? '\t' : ' ');
            string underline = "^" + new string('~', Math.Max(0, end - start - 1));

            string number = (lineIndex + 1).ToString(CultureInfo.InvariantCulture).PadLeft(GutterWidth);
            string gutter = new string(' ', number.Length);
            output.WriteLine($"{number} | {source}");
            output.WriteLine(color ? $"{gutter} | {marker}{Green}{underline}{Reset}" : $"{gutter} | {marker}{underline}");
        }

        /// <summary>The diagnostic's first line in colour: location bold, severity and id in the severity's colour.</summary>
        public static string ColorHeader(string header, Diagnostic diagnostic)
        {
            string severity = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                DiagnosticSeverity.Info => "info",
                _ => "hidden",
            };
            string colour = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => Red,
                DiagnosticSeverity.Warning => Magenta,
                _ => Cyan,
            };
            string head = severity + " " + diagnostic.Id + ":";
            int at = header.IndexOf(head, StringComparison.Ordinal);
            if (at < 0)
                return header;
            string location = header.Substring(0, at);
            string message = header.Substring(at + head.Length);
            return (location.Length > 0 ? Bold + location + Reset : "") + colour + head + Reset + message;
        }
    }
}
