namespace StapSharp.Codegen.Ir
{
    /// <summary>A histogram of an aggregate: <c>@hist_log</c>, or <c>@hist_linear</c> with its bounds.</summary>
    /// <param name="Kind">Logarithmic or linear.</param>
    /// <param name="Start">The first bucket's lower bound (linear only, else 0).</param>
    /// <param name="Stop">The upper bound (linear only, else 0).</param>
    /// <param name="Interval">The bucket width (linear only, else 0).</param>
    internal sealed record IrHistogram(IrHistogramKind Kind, int Start = 0, int Stop = 0, int Interval = 0)
    {
        /// <summary><c>@hist_log</c>.</summary>
        public static IrHistogram Log { get; } = new(IrHistogramKind.Log);

        /// <summary>The script spelling, for diagnostics.</summary>
        /// <returns><c>@hist_log</c> or <c>@hist_linear(start, stop, interval)</c>.</returns>
        public override string ToString() => Kind == IrHistogramKind.Log
            ? "@hist_log"
            : "@hist_linear(" + Start.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", "
              + Stop.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", "
              + Interval.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
    }
}
