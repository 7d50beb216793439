namespace StapSharp.Semantics
{
    /// <summary>
    /// The value types of the SystemTap language, as stap's pass 2 infers them (<c>pe_long</c>,
    /// <c>pe_string</c>, <c>pe_stats</c>), plus <see cref="Target"/> for context variables.
    /// </summary>
    public enum StapType
    {
        /// <summary>Not inferred (yet). A symbol left unknown after inference is an "unresolved type" error.</summary>
        Unknown = 0,

        /// <summary>A signed 64-bit integer.</summary>
        Long = 1,

        /// <summary>A string.</summary>
        String = 2,

        /// <summary>A statistics aggregate, fed with <c>&lt;&lt;&lt;</c> and read with <c>@count</c>, <c>@sum</c>, ….</summary>
        Statistics = 3,

        /// <summary>
        /// A target (context) value such as <c>$fd</c> or <c>@cast(...)->f</c>: its C type is only known with debuginfo,
        /// so it takes on whichever of <see cref="Long"/> or <see cref="String"/> its use needs.
        /// </summary>
        Target = 4,
    }
}
