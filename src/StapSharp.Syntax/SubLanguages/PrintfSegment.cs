using Microsoft.CodeAnalysis.Text;

namespace StapSharp.Syntax
{
    /// <summary>
    /// One piece of a printf format: a literal run, <c>%%</c>, a conversion directive
    /// (then it is a <see cref="PrintfDirective"/>), or a rejected or empty directive.
    /// </summary>
    public class PrintfSegment
    {
        internal PrintfSegment(PrintfSegmentKind kind, TextSpan span, string text)
        {
            Kind = kind;
            Span = span;
            Text = text;
        }

        /// <summary>What this piece is.</summary>
        public PrintfSegmentKind Kind { get; }

        /// <summary>The offsets of the piece in the format string value.</summary>
        public TextSpan Span { get; }

        /// <summary>The text of the piece as written in the format (<c>%%</c> for an escaped percent).</summary>
        public string Text { get; }

        /// <summary>Returns <see cref="Text"/>.</summary>
        public override string ToString() => Text;
    }
}
