namespace StapSharp.Syntax
{
    /// <summary>How a probe-point function spec names lines.</summary>
    public enum FunctionSpecLineKind
    {
        /// <summary>No line part: the function itself (<c>vfs_read</c>, <c>vfs_read@fs/read_write.c</c>).</summary>
        None,

        /// <summary>
        /// <c>:N</c>, <c>:N-M</c> or a list <c>:N,M-K</c>: absolute line numbers in the source file.
        /// A list without any number (<c>:,</c>) is accepted by stap and names no line.
        /// </summary>
        Absolute,

        /// <summary><c>+N</c> (also with ranges and lists): lines relative to the function's declaration line.</summary>
        Relative,

        /// <summary><c>:*</c>: every line of the function.</summary>
        Wildcard,
    }
}
