using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen
{
    /// <summary>
    /// Creates the STP3xxx diagnostics: one cached descriptor per <see cref="ErrorCode"/>, id <c>STP</c> + four
    /// digits, category <c>StapSharp.Codegen</c>, severity from the <c>ERR_</c>/<c>WRN_</c> prefix, message from
    /// CodegenMessages.resx. The Syntax assembly builds its own codes the same way; nothing is shared but the shape.
    /// </summary>
    internal static class CodegenDiagnostics
    {
        /// <summary>The category of every code generation and build diagnostic.</summary>
        public const string Category = "StapSharp.Codegen";

        private static readonly ResourceManager s_messages =
            new("StapSharp.Codegen.CodegenMessages", typeof(CodegenDiagnostics).Assembly);

        private static readonly ConcurrentDictionary<ErrorCode, DiagnosticDescriptor> s_descriptors = new();

        public static Diagnostic Create(ErrorCode code, IrSourceLocation? location, params object[] arguments) =>
            Diagnostic.Create(GetDescriptor(code), ToLocation(location), arguments);

        /// <summary>The descriptor of <paramref name="code"/>.</summary>
        public static DiagnosticDescriptor GetDescriptor(ErrorCode code) => s_descriptors.GetOrAdd(code, CreateDescriptor);

        /// <summary>The diagnostic id of <paramref name="code"/>, for example <c>STP3015</c>.</summary>
        public static string GetId(ErrorCode code) => "STP" + ((int)code).ToString("D4", CultureInfo.InvariantCulture);

        /// <summary>True if CodegenMessages.resx has a message for <paramref name="code"/>.</summary>
        public static bool HasMessage(ErrorCode code) => s_messages.GetString(code.ToString(), CultureInfo.InvariantCulture) != null;

        /// <summary>A script position as a Roslyn location (line and column only: IR carries no text spans).</summary>
        public static Location ToLocation(IrSourceLocation? location)
        {
            if (location is null)
                return Location.None;
            var position = new LinePosition(Math.Max(0, location.Line - 1), Math.Max(0, location.Column - 1));
            return Location.Create(location.Path, default, new LinePositionSpan(position, position));
        }

        private static DiagnosticDescriptor CreateDescriptor(ErrorCode code)
        {
            var name = code.ToString();
            var severity = name.StartsWith("WRN_", StringComparison.Ordinal) ? DiagnosticSeverity.Warning
                : name.StartsWith("INF_", StringComparison.Ordinal) ? DiagnosticSeverity.Info
                : DiagnosticSeverity.Error;
            var format = s_messages.GetString(name, CultureInfo.InvariantCulture) ?? name;
            var tags = severity == DiagnosticSeverity.Error
                ? new[] { WellKnownDiagnosticTags.NotConfigurable }
                : Array.Empty<string>();
            return new DiagnosticDescriptor(GetId(code), format, format, Category, severity, isEnabledByDefault: true, customTags: tags);
        }
    }
}
