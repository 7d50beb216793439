using System;
using System.Collections.Immutable;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// Options of an analysis run: per-id severities, warnings as errors, concurrency. Immutable; use the
    /// <c>With*</c> methods. They also configure parser and semantic warnings passed through
    /// <see cref="StapAnalysis.ApplyOptions"/>; errors of the parser and binder cannot be changed.
    /// </summary>
    public sealed class AnalysisOptions
    {
        private AnalysisOptions(ImmutableDictionary<string, ReportSeverity> severities, bool warningsAsErrors, bool concurrentExecution, bool honorSuppressionComments)
        {
            SpecificSeverities = severities;
            WarningsAsErrors = warningsAsErrors;
            ConcurrentExecution = concurrentExecution;
            HonorSuppressionComments = honorSuppressionComments;
        }

        /// <summary>Descriptor severities, warnings stay warnings, concurrent execution, suppression comments honored.</summary>
        public static AnalysisOptions Default { get; } = new(
            ImmutableDictionary.Create<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase), warningsAsErrors: false, concurrentExecution: true, honorSuppressionComments: true);

        /// <summary>Severity per diagnostic id (case-insensitive), e.g. <c>STP5003 → Suppress</c>.</summary>
        public ImmutableDictionary<string, ReportSeverity> SpecificSeverities { get; }

        /// <summary>Reports every warning as an error (<c>--warnaserror</c>), after <see cref="SpecificSeverities"/>.</summary>
        public bool WarningsAsErrors { get; }

        /// <summary>Runs analyzers and trees in parallel; the output order is the same either way.</summary>
        public bool ConcurrentExecution { get; }

        /// <summary>Honors <c># stapsharp-disable ID</c>, <c># stapsharp-restore ID</c> and <c># stapsharp-disable-next-line ID</c> comments.</summary>
        public bool HonorSuppressionComments { get; }

        /// <summary>Returns options with <paramref name="id"/> reported as <paramref name="severity"/>.</summary>
        /// <param name="id">A diagnostic id such as <c>STP5001</c>.</param>
        /// <param name="severity">The severity; <see cref="ReportSeverity.Default"/> removes the setting.</param>
        /// <returns>The new options.</returns>
        public AnalysisOptions WithSeverity(string id, ReportSeverity severity)
        {
            if (string.IsNullOrEmpty(id)) throw new ArgumentException("A diagnostic id is needed.", nameof(id));
            var map = severity == ReportSeverity.Default ? SpecificSeverities.Remove(id) : SpecificSeverities.SetItem(id, severity);
            return new(map, WarningsAsErrors, ConcurrentExecution, HonorSuppressionComments);
        }

        /// <summary>Returns options with warnings reported as errors or not.</summary>
        /// <param name="warningsAsErrors">Whether warnings become errors.</param>
        /// <returns>The new options.</returns>
        public AnalysisOptions WithWarningsAsErrors(bool warningsAsErrors) =>
            new(SpecificSeverities, warningsAsErrors, ConcurrentExecution, HonorSuppressionComments);

        /// <summary>Returns options with concurrent execution on or off.</summary>
        /// <param name="concurrentExecution">Whether analyzers run in parallel.</param>
        /// <returns>The new options.</returns>
        public AnalysisOptions WithConcurrentExecution(bool concurrentExecution) =>
            new(SpecificSeverities, WarningsAsErrors, concurrentExecution, HonorSuppressionComments);

        /// <summary>Returns options that honor suppression comments or not.</summary>
        /// <param name="honorSuppressionComments">Whether <c>stapsharp-disable</c> comments apply.</param>
        /// <returns>The new options.</returns>
        public AnalysisOptions WithHonorSuppressionComments(bool honorSuppressionComments) =>
            new(SpecificSeverities, WarningsAsErrors, ConcurrentExecution, honorSuppressionComments);

        /// <summary>The configured severity of <paramref name="id"/>, or <see cref="ReportSeverity.Default"/>.</summary>
        /// <param name="id">A diagnostic id.</param>
        /// <returns>The configured severity.</returns>
        public ReportSeverity GetSeverity(string id) =>
            id != null && SpecificSeverities.TryGetValue(id, out var severity) ? severity : ReportSeverity.Default;
    }
}
