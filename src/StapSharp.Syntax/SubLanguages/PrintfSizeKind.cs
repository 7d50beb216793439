namespace StapSharp.Syntax
{
    /// <summary>How a printf width or precision is given.</summary>
    public enum PrintfSizeKind
    {
        /// <summary>Not given (a bare <c>.</c> also gives no precision).</summary>
        None,

        /// <summary>A number written in the format (<c>%10d</c>, <c>%.3s</c>).</summary>
        Static,

        /// <summary><c>*</c>: taken from an extra <c>long</c> argument that comes before the value.</summary>
        Dynamic,
    }
}
