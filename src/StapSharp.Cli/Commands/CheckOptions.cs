using System;
using System.CommandLine;
using StapSharp.Diagnostics;

namespace StapSharp.Cli.Commands
{
    /// <summary>The options of <c>stapsharp check</c> beyond the common parse options.</summary>
    internal sealed class CheckOptions
    {
        public Option<string> Format { get; } = new("--format")
        {
            Description = "Output format: text (default), json or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
        };

        public Option<bool> WarningsAsErrors { get; } = new("--warnaserror") { Description = "Report every warning as an error (exit code 1)." };

        public Option<bool> NoTapsets { get; } = new("--no-tapsets") { Description = "Do not consult the tapset library when binding (as stap --no-tapsets)." };

        public Option<string[]> Analyzers { get; } = new("--analyzer")
        {
            Description = "An assembly with StapAnalyzer subclasses to run as well; repeatable (not available in the NativeAOT build).",
        };

        public Option<string[]> Severities { get; } = new("--severity")
        {
            Description = "ID=LEVEL: report a diagnostic id as error, warning, info, hidden or none; repeatable.",
        };

        public Option<bool> StapStyle { get; } = new("--stap-style") { Description = "Print text diagnostics as path:line:col: like stap." };

        public void AddTo(Command command)
        {
            Format.AcceptOnlyFromAmong("text", "json", "sarif");
            command.Options.Add(Format);
            command.Options.Add(WarningsAsErrors);
            command.Options.Add(NoTapsets);
            command.Options.Add(Analyzers);
            command.Options.Add(Severities);
            command.Options.Add(StapStyle);
        }

        /// <summary>The analysis options from --warnaserror and --severity; null with an error message on a bad value.</summary>
        public AnalysisOptions? BuildAnalysisOptions(System.CommandLine.ParseResult result, out string? error)
        {
            error = null;
            var options = AnalysisOptions.Default.WithWarningsAsErrors(result.GetValue(WarningsAsErrors));
            foreach (string setting in result.GetValue(Severities) ?? Array.Empty<string>())
            {
                int equals = setting.IndexOf('=');
                string id = equals > 0 ? setting.Substring(0, equals).Trim() : string.Empty;
                string level = equals > 0 ? setting.Substring(equals + 1).Trim() : string.Empty;
                if (id.Length == 0 || !TryParseLevel(level, out var severity))
                {
                    error = $"stapsharp: error: invalid --severity value '{setting}' (expected ID=error|warning|info|hidden|none)";
                    return null;
                }
                options = options.WithSeverity(id, severity);
            }
            return options;
        }

        private static bool TryParseLevel(string level, out ReportSeverity severity)
        {
            switch (level.ToLowerInvariant())
            {
                case "error": severity = ReportSeverity.Error; return true;
                case "warning": severity = ReportSeverity.Warning; return true;
                case "info": severity = ReportSeverity.Info; return true;
                case "hidden": severity = ReportSeverity.Hidden; return true;
                case "none":
                case "suppress": severity = ReportSeverity.Suppress; return true;
                case "default": severity = ReportSeverity.Default; return true;
                default: severity = ReportSeverity.Default; return false;
            }
        }
    }
}
