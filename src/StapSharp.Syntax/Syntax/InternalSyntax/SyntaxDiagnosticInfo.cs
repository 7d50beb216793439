using System;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax.InternalSyntax
{
    /// <summary>
    /// A diagnostic attached to a green node: the error code, its arguments, and where it sits
    /// relative to the start of the node's full span (green nodes have no absolute position).
    /// It becomes a Roslyn <c>Diagnostic</c> when the red tree is asked for diagnostics.
    /// </summary>
    internal sealed class SyntaxDiagnosticInfo
    {
        public SyntaxDiagnosticInfo(ErrorCode code, int offset, int width, params object[] arguments)
        {
            if (offset < 0 || width < 0) throw new ArgumentOutOfRangeException(nameof(offset));
            Code = code;
            Offset = offset;
            Width = width;
            Arguments = arguments ?? Array.Empty<object>();
        }

        public ErrorCode Code { get; }
        public int Offset { get; }
        public int Width { get; }
        public object[] Arguments { get; }

        public SyntaxDiagnosticInfo WithOffset(int offset) => new(Code, offset, Width, Arguments);

        public override string ToString() => $"{Code}@{Offset}+{Width}";
    }
}
