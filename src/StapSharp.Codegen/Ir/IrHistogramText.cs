using System.Collections.Immutable;

namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// <c>sprint(@hist_log(agg))</c> / <c>sprintln(...)</c>: the runtime's ASCII histogram as a string, cut at
    /// <c>MAXSTRINGLEN</c> (<c>_stp_stat_print_histogram_buf</c>); an empty aggregate is a run-time error.
    /// </summary>
    /// <param name="Aggregate">A global of type <see cref="IrType.Statistics"/>.</param>
    /// <param name="Histogram">The histogram.</param>
    internal sealed record IrHistogramText(IrGlobal Aggregate, IrHistogram Histogram) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.String;

        /// <summary>The element of an array of statistics; empty for a scalar aggregate.</summary>
        public ImmutableArray<IrExpression> Keys { get; init; } = ImmutableArray<IrExpression>.Empty;
    }
}
