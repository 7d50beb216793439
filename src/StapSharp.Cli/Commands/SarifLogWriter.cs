using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// <c>check --format sarif</c>: one SARIF 2.1.0 run. <c>tool.driver.rules</c> holds every analyzer rule and every
    /// other reported id (sorted by id); each result has ruleId/ruleIndex, level, message and a physical location with
    /// a relative (or <c>file://</c>) artifact uri and a 1-based region (end column exclusive, as SARIF defines it).
    /// </summary>
    internal static class SarifLogWriter
    {
        private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
        private const string InformationUri = "https://github.com/stapsharp/stapsharp";

        public static void Write(IReadOnlyList<CheckFileResult> results, ImmutableArray<StapAnalyzer> analyzers, TextWriter output)
        {
            var rules = CollectRules(results, analyzers);
            var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);

            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("$schema", SchemaUri);
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();
                WriteTool(json, rules);
                json.WriteStartArray("results");
                foreach (var file in results)
                    foreach (var diagnostic in file.Diagnostics)
                        WriteResult(json, diagnostic, ruleIndex[diagnostic.Id]);
                json.WriteEndArray();
                json.WriteString("columnKind", "utf16CodeUnits");
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            output.Write(Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n"));
            output.Write('\n');
        }

        private static List<DiagnosticDescriptor> CollectRules(IReadOnlyList<CheckFileResult> results, ImmutableArray<StapAnalyzer> analyzers)
        {
            var byId = new SortedDictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
            foreach (var analyzer in analyzers)
                foreach (var descriptor in SafeSupportedDiagnostics(analyzer))
                    byId[descriptor.Id] = descriptor;
            foreach (var file in results)
                foreach (var diagnostic in file.Diagnostics)
                    if (!byId.ContainsKey(diagnostic.Id)) byId[diagnostic.Id] = diagnostic.Descriptor;
            return byId.Values.ToList();
        }

        // An analyzer whose SupportedDiagnostics throws was already reported as STP9001 by the run.
        private static ImmutableArray<DiagnosticDescriptor> SafeSupportedDiagnostics(StapAnalyzer analyzer)
        {
            try
            {
                return analyzer.SupportedDiagnostics;
            }
            catch (Exception)
            {
                return ImmutableArray<DiagnosticDescriptor>.Empty;
            }
        }

        private static void WriteTool(Utf8JsonWriter json, List<DiagnosticDescriptor> rules)
        {
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "stapsharp");
            json.WriteString("semanticVersion", ToolVersion());
            json.WriteString("informationUri", InformationUri);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                string title = rule.Title.ToString(CultureInfo.InvariantCulture);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", title.Length > 0 ? title : rule.Id);
                json.WriteEndObject();
                string description = rule.Description.ToString(CultureInfo.InvariantCulture);
                if (description.Length > 0)
                {
                    json.WriteStartObject("fullDescription");
                    json.WriteString("text", description);
                    json.WriteEndObject();
                }
                if (!string.IsNullOrEmpty(rule.HelpLinkUri) && Uri.IsWellFormedUriString(rule.HelpLinkUri, UriKind.Absolute))
                    json.WriteString("helpUri", rule.HelpLinkUri);
                json.WriteStartObject("defaultConfiguration");
                json.WriteBoolean("enabled", rule.IsEnabledByDefault);
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", rule.Category);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", diagnostic.Id);
            json.WriteNumber("ruleIndex", ruleIndex);
            json.WriteString("level", Level(diagnostic.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", diagnostic.GetMessage(CultureInfo.InvariantCulture));
            json.WriteEndObject();
            if (diagnostic.Location.Kind != LocationKind.None)
            {
                var span = diagnostic.Location.GetLineSpan();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", ToUri(span.Path));
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", span.StartLinePosition.Line + 1);
                json.WriteNumber("startColumn", span.StartLinePosition.Character + 1);
                json.WriteNumber("endLine", span.EndLinePosition.Line + 1);
                json.WriteNumber("endColumn", span.EndLinePosition.Character + 1);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }

        private static string Level(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "note",
            _ => "none",
        };

        /// <summary>A relative path stays relative (forward slashes, each segment escaped); an absolute one becomes a file:// uri.</summary>
        internal static string ToUri(string path)
        {
            if (string.IsNullOrEmpty(path)) return "unknown";
            string normalized = path.Replace('\\', '/');
            string escaped = string.Join("/", normalized.Split('/').Select(Uri.EscapeDataString));
            return normalized.StartsWith("/", StringComparison.Ordinal) ? "file://" + escaped : escaped;
        }

        private static string ToolVersion()
        {
            var version = typeof(SarifLogWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            int plus = version.IndexOf('+');
            return plus >= 0 ? version.Substring(0, plus) : version;
        }
    }
}
