using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// <c>check --format json</c>: <c>{"files":[{"path":..., "diagnostics":[{"id","severity","message","startLine",
    /// "startColumn","endLine","endColumn"}]}]}</c> with 1-based lines and columns (end exclusive). Written with
    /// <see cref="Utf8JsonWriter"/>, so it needs no reflection under NativeAOT.
    /// </summary>
    internal static class CheckJsonWriter
    {
        public static void Write(IReadOnlyList<CheckFileResult> results, TextWriter output)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteStartArray("files");
                foreach (var file in results)
                {
                    json.WriteStartObject();
                    json.WriteString("path", file.Path);
                    if (file.IoError != null) json.WriteString("error", file.IoError);
                    json.WriteStartArray("diagnostics");
                    foreach (var diagnostic in file.Diagnostics) WriteDiagnostic(json, diagnostic);
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            output.Write(Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n"));
            output.Write('\n');
        }

        private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            json.WriteString("message", diagnostic.GetMessage(CultureInfo.InvariantCulture));
            if (diagnostic.Location.Kind != LocationKind.None)
            {
                var span = diagnostic.Location.GetLineSpan();
                json.WriteString("path", span.Path);
                json.WriteNumber("startLine", span.StartLinePosition.Line + 1);
                json.WriteNumber("startColumn", span.StartLinePosition.Character + 1);
                json.WriteNumber("endLine", span.EndLinePosition.Line + 1);
                json.WriteNumber("endColumn", span.EndLinePosition.Character + 1);
            }
            json.WriteEndObject();
        }
    }
}
