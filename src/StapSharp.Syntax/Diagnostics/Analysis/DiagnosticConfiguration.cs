using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using StapSharp.Syntax;

namespace StapSharp.Diagnostics
{
    /// <summary>Severity configuration, suppression comments and the deterministic order of reported diagnostics.</summary>
    internal static class DiagnosticConfiguration
    {
        public static ImmutableArray<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics, IEnumerable<StapSyntaxTree> trees, AnalysisOptions options)
        {
            var suppressions = new Dictionary<string, Lazy<SuppressionMap>>(StringComparer.Ordinal);
            foreach (var tree in trees)
                if (!suppressions.ContainsKey(tree.FilePath))
                    suppressions[tree.FilePath] = new Lazy<SuppressionMap>(() => SuppressionMap.Create(tree));

            var result = new List<Diagnostic>();
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic == null) continue;
                if (IsNotConfigurable(diagnostic))
                {
                    result.Add(diagnostic);
                    continue;
                }
                if (options.HonorSuppressionComments && IsSuppressedByComment(diagnostic, suppressions)) continue;
                var configured = Configure(diagnostic, options);
                if (configured != null) result.Add(configured);
            }
            result.Sort(Compare);
            return result.ToImmutableArray();
        }

        private static bool IsNotConfigurable(Diagnostic diagnostic) =>
            diagnostic.Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable);

        private static bool IsSuppressedByComment(Diagnostic diagnostic, Dictionary<string, Lazy<SuppressionMap>> suppressions)
        {
            if (diagnostic.Location == Location.None) return false;
            string path = diagnostic.Location.GetLineSpan().Path ?? string.Empty;
            return suppressions.TryGetValue(path, out var map) && map.Value.IsSuppressed(diagnostic.Id, diagnostic.Location.SourceSpan.Start);
        }

        private static Diagnostic? Configure(Diagnostic diagnostic, AnalysisOptions options)
        {
            var configured = options.GetSeverity(diagnostic.Id);
            if (configured == ReportSeverity.Suppress) return null;
            if (configured == ReportSeverity.Default && !diagnostic.Descriptor.IsEnabledByDefault) return null;
            var severity = configured switch
            {
                ReportSeverity.Error => DiagnosticSeverity.Error,
                ReportSeverity.Warning => DiagnosticSeverity.Warning,
                ReportSeverity.Info => DiagnosticSeverity.Info,
                ReportSeverity.Hidden => DiagnosticSeverity.Hidden,
                _ => diagnostic.Severity,
            };
            if (options.WarningsAsErrors && severity == DiagnosticSeverity.Warning) severity = DiagnosticSeverity.Error;
            return severity == diagnostic.Severity ? diagnostic : WithSeverity(diagnostic, severity);
        }

        // Roslyn's Diagnostic.WithSeverity is internal: rebuild the diagnostic with the same id, message and location.
        private static Diagnostic WithSeverity(Diagnostic diagnostic, DiagnosticSeverity severity)
        {
            var descriptor = diagnostic.Descriptor;
            return Diagnostic.Create(
                diagnostic.Id, descriptor.Category, diagnostic.GetMessage(CultureInfo.InvariantCulture), severity, descriptor.DefaultSeverity,
                descriptor.IsEnabledByDefault, warningLevel: severity == DiagnosticSeverity.Error ? 0 : 1,
                title: descriptor.Title, description: descriptor.Description, helpLink: descriptor.HelpLinkUri,
                location: diagnostic.Location, additionalLocations: diagnostic.AdditionalLocations, customTags: descriptor.CustomTags,
                properties: diagnostic.Properties);
        }

        public static int Compare(Diagnostic x, Diagnostic y)
        {
            int c = string.CompareOrdinal(PathOf(x), PathOf(y));
            if (c != 0) return c;
            c = x.Location.SourceSpan.Start.CompareTo(y.Location.SourceSpan.Start);
            if (c != 0) return c;
            c = string.CompareOrdinal(x.Id, y.Id);
            if (c != 0) return c;
            return string.CompareOrdinal(x.GetMessage(CultureInfo.InvariantCulture), y.GetMessage(CultureInfo.InvariantCulture));
        }

        private static string PathOf(Diagnostic diagnostic) =>
            diagnostic.Location == Location.None ? string.Empty : diagnostic.Location.GetLineSpan().Path ?? string.Empty;
    }
}
