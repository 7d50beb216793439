using System.Collections.Immutable;

namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// <c>@hist_log(agg)[i]</c>: the count of bucket <c>i</c>; an empty aggregate or an index outside the buckets is a
    /// run-time error.
    /// </summary>
    /// <param name="Aggregate">A global of type <see cref="IrType.Statistics"/>.</param>
    /// <param name="Histogram">The histogram.</param>
    /// <param name="Index">The bucket index (a long).</param>
    internal sealed record IrHistogramBucket(IrGlobal Aggregate, IrHistogram Histogram, IrExpression Index) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.Long;

        /// <summary>The element of an array of statistics; empty for a scalar aggregate.</summary>
        public ImmutableArray<IrExpression> Keys { get; init; } = ImmutableArray<IrExpression>.Empty;
    }
}
