namespace StapSharp.Syntax
{
    /// <summary>What a piece of a printf format is. The segments of a format cover its text without gaps.</summary>
    public enum PrintfSegmentKind
    {
        /// <summary>Text printed as it is.</summary>
        Literal,

        /// <summary><c>%%</c>, printed as one <c>%</c>.</summary>
        EscapedPercent,

        /// <summary>A conversion directive such as <c>%-10s</c>; the segment is a <see cref="PrintfDirective"/>.</summary>
        Conversion,

        /// <summary>
        /// A directive at the very end of the format that set nothing, such as <c>%l</c> or <c>%.</c>:
        /// stap accepts it and prints nothing for it.
        /// </summary>
        Empty,

        /// <summary>A directive stap rejects; the format's errors say why.</summary>
        Invalid,
    }
}
