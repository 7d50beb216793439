using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace StapSharp.Cli.Commands
{
    /// <summary>What <c>check</c> found for one file: its diagnostics (configured and sorted), or the reason it could not be read.</summary>
    internal sealed class CheckFileResult
    {
        public CheckFileResult(string path, ImmutableArray<Diagnostic> diagnostics, string? ioError)
        {
            Path = path;
            Diagnostics = diagnostics;
            IoError = ioError;
        }

        public string Path { get; }

        public ImmutableArray<Diagnostic> Diagnostics { get; }

        public string? IoError { get; }
    }
}
