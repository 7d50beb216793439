using Microsoft.CodeAnalysis.Text;

namespace StapSharp.Syntax
{
    /// <summary>
    /// One item of a function spec's line list: a single line (<see cref="Start"/> equals <see cref="End"/>)
    /// or a range <c>N-M</c>. Like stap, a reversed range (<c>5-3</c>) is kept as written and names no line,
    /// and in <c>1-2-3</c> only the first and the last number count.
    /// </summary>
    public sealed class FunctionSpecLineRange
    {
        internal FunctionSpecLineRange(int start, int end, TextSpan span)
        {
            Start = start;
            End = end;
            Span = span;
        }

        /// <summary>The first line.</summary>
        public int Start { get; }

        /// <summary>The last line (inclusive).</summary>
        public int End { get; }

        /// <summary>Whether the item is a range rather than one line.</summary>
        public bool IsRange => Start != End;

        /// <summary>The offsets of the item in the spec, between the separating commas.</summary>
        public TextSpan Span { get; }

        /// <summary>Returns <c>N</c> or <c>N-M</c>.</summary>
        public override string ToString() =>
            IsRange ? Start.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + End.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : Start.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
