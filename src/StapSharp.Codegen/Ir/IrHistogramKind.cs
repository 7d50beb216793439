namespace StapSharp.Codegen.Ir
{
    /// <summary>The histogram kinds of the runtime (<c>enum histtype</c>).</summary>
    internal enum IrHistogramKind
    {
        /// <summary><c>@hist_log</c>: 128 power-of-two buckets, negative values included.</summary>
        Log = 1,
        /// <summary><c>@hist_linear(agg, start, stop, interval)</c>: equal buckets plus underflow and overflow.</summary>
        Linear = 2,
    }
}
