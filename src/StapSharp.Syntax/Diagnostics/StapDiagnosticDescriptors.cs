using System;
using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace StapSharp.Diagnostics
{
    /// <summary>
    /// One cached <see cref="DiagnosticDescriptor"/> per <see cref="ErrorCode"/>: id <c>STP</c> + four digits,
    /// category by number range, severity from the <c>ERR_</c>/<c>WRN_</c> prefix, message from Messages.resx.
    /// </summary>
    internal static class StapDiagnosticDescriptors
    {
        private static readonly ConcurrentDictionary<ErrorCode, DiagnosticDescriptor> s_descriptors = new();

        /// <summary>The descriptor of <paramref name="code"/>.</summary>
        /// <param name="code">The error code.</param>
        public static DiagnosticDescriptor Get(ErrorCode code) => s_descriptors.GetOrAdd(code, Create);

        /// <summary>The diagnostic id of <paramref name="code"/>, for example <c>STP1003</c>.</summary>
        /// <param name="code">The error code.</param>
        public static string GetId(ErrorCode code) => "STP" + ((int)code).ToString("D4", CultureInfo.InvariantCulture);

        /// <summary>The category of <paramref name="code"/>, from its number range.</summary>
        /// <param name="code">The error code.</param>
        public static string GetCategory(ErrorCode code) => (int)code switch
        {
            < 1000 => "StapSharp.Lexer",
            < 2000 => "StapSharp.Parser",
            < 3000 => "StapSharp.Semantic",
            < 4000 => "StapSharp.Codegen",
            < 5000 => "StapSharp.Transport",
            _ => "StapSharp.Infrastructure",
        };

        /// <summary>The severity of <paramref name="code"/>: warning for <c>WRN_</c>, info for <c>INF_</c>, else error.</summary>
        /// <param name="code">The error code.</param>
        public static DiagnosticSeverity GetSeverity(ErrorCode code)
        {
            var name = code.ToString();
            if (name.StartsWith("WRN_", StringComparison.Ordinal)) return DiagnosticSeverity.Warning;
            if (name.StartsWith("INF_", StringComparison.Ordinal)) return DiagnosticSeverity.Info;
            return DiagnosticSeverity.Error;
        }

        private static DiagnosticDescriptor Create(ErrorCode code)
        {
            var severity = GetSeverity(code);
            var format = DiagnosticMessages.GetFormat(code);
            var tags = severity == DiagnosticSeverity.Error
                ? new[] { WellKnownDiagnosticTags.NotConfigurable }
                : Array.Empty<string>();
            return new DiagnosticDescriptor(GetId(code), format, format, GetCategory(code), severity, isEnabledByDefault: true, customTags: tags);
        }
    }
}
