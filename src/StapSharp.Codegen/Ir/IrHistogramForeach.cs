using System.Collections.Immutable;

namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// <c>foreach ([v =] i in @hist_log(agg) [limit n]) body</c>: every bucket index in order (as stap, a sort marker does
    /// not change the order), with the bucket's count in <see cref="Value"/>.
    /// </summary>
    /// <param name="Bucket">The local that receives the bucket index.</param>
    /// <param name="Aggregate">A global of type <see cref="IrType.Statistics"/>.</param>
    /// <param name="Histogram">The histogram.</param>
    /// <param name="Body">The loop body.</param>
    internal sealed record IrHistogramForeach(IrVariable Bucket, IrGlobal Aggregate, IrHistogram Histogram, IrStatement Body) : IrStatement
    {
        /// <summary>The element of an array of statistics; empty for a scalar aggregate.</summary>
        public ImmutableArray<IrExpression> Keys { get; init; } = ImmutableArray<IrExpression>.Empty;

        /// <summary>The local that receives the bucket's count, or null.</summary>
        public IrVariable? Value { get; init; }

        /// <summary>The maximum number of iterations (a long expression), or null.</summary>
        public IrExpression? Limit { get; init; }
    }
}
