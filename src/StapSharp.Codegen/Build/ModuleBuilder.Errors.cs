using System;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using StapSharp.Codegen.Ir;
using StapSharp.Diagnostics;

namespace StapSharp.Codegen
{
    public sealed partial class ModuleBuilder
    {
        private static readonly Regex s_compilerError = new(@"^(?<file>[^:\s]+):(?<line>\d+):(?<column>\d+): (?:fatal )?error: (?<message>.*)$", RegexOptions.CultureInvariant);
        private static readonly Regex s_sourceMarker = new(@"/\* " + Regex.Escape(FrameEmitter.SourceMarker) + @"(?<path>.*):(?<line>\d+):(?<column>\d+) \*/", RegexOptions.CultureInvariant);

        /// <summary>
        /// Turns gcc errors into diagnostics. An error in the module source is mapped to the script position of
        /// the nearest preceding <c>/* stap: path:line:col */</c> marker, which the emitter writes before every
        /// statement that has a location.
        /// </summary>
        internal static ImmutableArray<Diagnostic> MapErrors(GeneratedModule module, string output, int exitCode)
        {
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            string[] sourceLines = (module.GetFile(module.SourceFileName)?.Text ?? string.Empty).Split('\n');
            foreach (string line in output.Split('\n'))
            {
                Match match = s_compilerError.Match(line);
                if (!match.Success)
                    continue;
                string file = match.Groups["file"].Value;
                int cLine = int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
                IrSourceLocation? location = file.EndsWith(module.SourceFileName, StringComparison.Ordinal)
                    ? FindSourceMarker(sourceLines, cLine)
                    : null;
                string where = System.IO.Path.GetFileName(file) + ":" + match.Groups["line"].Value + ":" + match.Groups["column"].Value;
                diagnostics.Add(CodegenDiagnostics.Create(ErrorCode.ERR_GeneratedCodeCompileError, location, where + ": " + match.Groups["message"].Value));
            }
            if (diagnostics.Count == 0)
            {
                string[] lines = output.TrimEnd('\n').Split('\n');
                string tail = string.Join(" | ", lines, Math.Max(0, lines.Length - 3), Math.Min(3, lines.Length));
                diagnostics.Add(CodegenDiagnostics.Create(ErrorCode.ERR_KbuildFailed, null, exitCode, tail));
            }
            return diagnostics.ToImmutable();
        }

        private static IrSourceLocation? FindSourceMarker(string[] sourceLines, int cLine)
        {
            for (int i = Math.Min(cLine, sourceLines.Length) - 1; i >= 0; i--)
            {
                Match marker = s_sourceMarker.Match(sourceLines[i]);
                if (marker.Success)
                {
                    return new IrSourceLocation(marker.Groups["path"].Value,
                        int.Parse(marker.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                        int.Parse(marker.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture));
                }
                if (sourceLines[i].StartsWith("static void ", StringComparison.Ordinal))
                    break;
            }
            return null;
        }
    }
}
