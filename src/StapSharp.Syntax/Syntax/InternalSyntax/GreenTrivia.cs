using System.Text;

namespace StapSharp.Syntax.InternalSyntax
{
    /// <summary>Unstructured trivia: whitespace, end of line, comments, disabled or ignored text.</summary>
    internal sealed class GreenTrivia : GreenNode
    {
        public GreenTrivia(SyntaxKind kind, string text, SyntaxDiagnosticInfo[]? diagnostics = null)
            : base(kind, diagnostics)
        {
            Text = text;
            FullWidth = text.Length;
        }

        public string Text { get; }
        public override bool IsTrivia => true;
        public override int SlotCount => 0;
        public override GreenNode? GetSlot(int index) => null;
        public override int Width => FullWidth;
        public override int GetLeadingTriviaWidth() => 0;
        public override int GetTrailingTriviaWidth() => 0;
        public override GreenNode WithDiagnostics(SyntaxDiagnosticInfo[] diagnostics) => new GreenTrivia(Kind, Text, diagnostics);
        internal override void WriteTokenOrTriviaTo(StringBuilder builder, bool leading, bool trailing) => builder.Append(Text);

        public static GreenTrivia Whitespace(string text) => new(SyntaxKind.WhitespaceTrivia, text);
        public static GreenTrivia EndOfLine(string text) => new(SyntaxKind.EndOfLineTrivia, text);
    }
}
