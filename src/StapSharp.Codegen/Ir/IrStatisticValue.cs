using System.Collections.Immutable;

namespace StapSharp.Codegen.Ir
{
    /// <summary><c>@count(agg)</c>, <c>@sum</c>, <c>@min</c>, <c>@max</c>, <c>@avg</c> or <c>@variance(agg [, shift])</c>.</summary>
    /// <param name="Operator">The extractor.</param>
    /// <param name="Aggregate">A global of type <see cref="IrType.Statistics"/>: a scalar aggregate, or an array of them with <see cref="Keys"/>.</param>
    internal sealed record IrStatisticValue(IrStatisticOperator Operator, IrGlobal Aggregate) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.Long;

        /// <summary>The element of an array of statistics (<c>@sum(by[k])</c>); empty for a scalar aggregate.</summary>
        public ImmutableArray<IrExpression> Keys { get; init; } = ImmutableArray<IrExpression>.Empty;

        /// <summary>The bit shift of <c>@variance(agg, shift)</c> (0..62; 0 when not written).</summary>
        public int VarianceShift { get; init; }
    }
}
