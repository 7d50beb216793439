namespace StapSharp.Codegen.Ir
{
    /// <summary>The type of an IR value, as the semantic model infers it for a SystemTap expression.</summary>
    internal enum IrType
    {
        /// <summary>No value: a statement-like call such as <c>printf</c>, or a function without a return value.</summary>
        Void = 0,

        /// <summary>A signed 64-bit integer (<c>int64_t</c>).</summary>
        Long = 1,

        /// <summary>A string of at most <c>MAXSTRINGLEN</c> bytes.</summary>
        String = 2,

        /// <summary>A statistics aggregate fed with <c>&lt;&lt;&lt;</c>.</summary>
        Statistics = 3,
    }
}
