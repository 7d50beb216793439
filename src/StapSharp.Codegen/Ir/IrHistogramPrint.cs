using System.Collections.Immutable;

namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// <c>print(@hist_log(agg))</c> / <c>println(...)</c>: the runtime's ASCII histogram (<c>_stp_stat_print_histogram</c>);
    /// an empty aggregate is a run-time error.
    /// </summary>
    /// <param name="Aggregate">A global of type <see cref="IrType.Statistics"/>.</param>
    /// <param name="Histogram">The histogram.</param>
    internal sealed record IrHistogramPrint(IrGlobal Aggregate, IrHistogram Histogram) : IrStatement
    {
        /// <summary>The element of an array of statistics; empty for a scalar aggregate.</summary>
        public ImmutableArray<IrExpression> Keys { get; init; } = ImmutableArray<IrExpression>.Empty;
    }
}
