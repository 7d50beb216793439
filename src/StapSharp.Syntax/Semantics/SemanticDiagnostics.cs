using StapSharp.Diagnostics;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using Location = Microsoft.CodeAnalysis.Location;

namespace StapSharp.Semantics
{
    /// <summary>Creates the semantic diagnostics (STP2xxx) from the shared descriptors; messages come from Messages.resx.</summary>
    internal static class SemanticDiagnostics
    {
        public static Diagnostic Create(ErrorCode code, Location location, params object[] arguments) =>
            Diagnostic.Create(StapDiagnosticDescriptors.Get(code), location, arguments);
    }
}
