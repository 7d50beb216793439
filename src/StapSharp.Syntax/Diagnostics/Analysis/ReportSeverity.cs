namespace StapSharp.Diagnostics
{
    /// <summary>How a configured diagnostic id is reported (the counterpart of Roslyn's <c>ReportDiagnostic</c>).</summary>
    public enum ReportSeverity
    {
        /// <summary>The descriptor's own severity.</summary>
        Default = 0,

        /// <summary>Reported as an error.</summary>
        Error = 1,

        /// <summary>Reported as a warning.</summary>
        Warning = 2,

        /// <summary>Reported as information.</summary>
        Info = 3,

        /// <summary>Reported as hidden.</summary>
        Hidden = 4,

        /// <summary>Not reported at all (and, for an analyzer rule, not even computed when every id of the analyzer is suppressed).</summary>
        Suppress = 5,
    }
}
