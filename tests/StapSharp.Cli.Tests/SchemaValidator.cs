using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace StapSharp.Cli.Tests
{
    /// <summary>Validates SARIF logs against the official SARIF 2.1.0 schema in Schemas/ (see Schemas/README.md).</summary>
    internal static class SchemaValidator
    {
        private static readonly Lazy<JsonSchema> s_schema = new(() =>
        {
            string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));
            // The schema declares draft-04, which JsonSchema.Net does not implement; every keyword it uses
            // (type, properties, required, enum, items, minItems, uniqueItems, minimum, pattern, format, $ref, oneOf, anyOf,
            // additionalProperties, default) means the same in draft-07, so it is evaluated as draft-07.
            text = text.Replace("\"http://json-schema.org/draft-04/schema#\"", "\"http://json-schema.org/draft-07/schema#\"");
            return JsonSchema.FromText(text);
        });

        public static EvaluationResults Validate(string json)
        {
            using var document = JsonDocument.Parse(json);
            return s_schema.Value.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        }

        public static string Describe(EvaluationResults results) =>
            string.Join("\n", ((System.Collections.Generic.IEnumerable<EvaluationResults>?)results.Details ?? Array.Empty<EvaluationResults>())
                .Where(detail => detail.Errors != null)
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}")));
    }
}
