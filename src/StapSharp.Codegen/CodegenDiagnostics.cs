using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;

namespace StapSharp.Codegen
{
    /// <summary>Creates the STP3xxx diagnostics with the shared descriptors (messages from Messages.resx).</summary>
    internal static class CodegenDiagnostics
    {
        public static Diagnostic Create(ErrorCode code, IrSourceLocation? location, params object[] arguments) =>
            Diagnostic.Create(StapDiagnosticDescriptors.Get(code), ToLocation(location), arguments);

        /// <summary>A script position as a Roslyn location (line and column only: IR carries no text spans).</summary>
        public static Location ToLocation(IrSourceLocation? location)
        {
            if (location is null)
                return Location.None;
            var position = new Microsoft.CodeAnalysis.Text.LinePosition(System.Math.Max(0, location.Line - 1), System.Math.Max(0, location.Column - 1));
            return Location.Create(location.Path, default, new Microsoft.CodeAnalysis.Text.LinePositionSpan(position, position));
        }
    }
}
