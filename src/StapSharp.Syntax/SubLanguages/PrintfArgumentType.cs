namespace StapSharp.Syntax
{
    /// <summary>The type of an argument that a printf directive consumes.</summary>
    public enum PrintfArgumentType
    {
        /// <summary>A <c>long</c>: numbers, characters, binary values and <c>*</c> widths and precisions.</summary>
        Long,

        /// <summary>A <c>string</c> (<c>%s</c>).</summary>
        String,

        /// <summary>An address (<c>%p</c>, <c>%m</c>, <c>%M</c>); in SystemTap's type system it is a <c>long</c>.</summary>
        Pointer,
    }
}
