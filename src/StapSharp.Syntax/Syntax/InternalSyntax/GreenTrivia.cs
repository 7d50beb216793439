using System.Text;

namespace StapSharp.Syntax.InternalSyntax
{
    /// <summary>
    /// Unstructured trivia: whitespace, end of line, comments, disabled or ignored text. Comments and disabled text
    /// are slices of the source text, copied out only when someone asks for <see cref="Text"/>: they are most of a
    /// tapset file's characters, and a copy of each was the largest share of a parse's string allocations.
    /// </summary>
    internal sealed class GreenTrivia : GreenNode
    {
        /// <summary>The text, or the whole source text that <see cref="_start"/> and <see cref="GreenNode.FullWidth"/> slice.</summary>
        private readonly string _source;
        private readonly int _start;
        private string? _text;

        public GreenTrivia(SyntaxKind kind, string text, SyntaxDiagnosticInfo[]? diagnostics = null)
            : base(kind, diagnostics)
        {
            _source = text;
            _text = text;
            FullWidth = text.Length;
        }

        /// <summary>Trivia whose text is <c>source[start..start+length)</c>.</summary>
        public GreenTrivia(SyntaxKind kind, string source, int start, int length, SyntaxDiagnosticInfo[]? diagnostics = null)
            : base(kind, diagnostics)
        {
            _source = source;
            _start = start;
            FullWidth = length;
            if (start == 0 && length == source.Length) _text = source;
        }

        // A race only makes two equal copies.
        public string Text => _text ??= _source.Substring(_start, FullWidth);
        public override bool IsTrivia => true;
        public override int SlotCount => 0;
        public override GreenNode? GetSlot(int index) => null;
        public override int Width => FullWidth;
        public override int GetLeadingTriviaWidth() => 0;
        public override int GetTrailingTriviaWidth() => 0;
        public override GreenNode WithDiagnostics(SyntaxDiagnosticInfo[] diagnostics) => new GreenTrivia(Kind, _source, _start, FullWidth, diagnostics);

        internal override void WriteTokenOrTriviaTo(StringBuilder builder, bool leading, bool trailing)
        {
            if (_text != null) builder.Append(_text);
            else builder.Append(_source, _start, FullWidth);
        }

        public static GreenTrivia Whitespace(string text) => new(SyntaxKind.WhitespaceTrivia, text);
        public static GreenTrivia EndOfLine(string text) => new(SyntaxKind.EndOfLineTrivia, text);
    }
}
