namespace StapSharp.Codegen
{
    /// <summary><c>@count(agg)</c>, <c>@sum</c>, <c>@min</c>, <c>@max</c> or <c>@avg</c>.</summary>
    /// <param name="Operator">The extractor.</param>
    /// <param name="Aggregate">A global of type <see cref="IrType.Statistics"/>.</param>
    public sealed record IrStatisticValue(IrStatisticOperator Operator, IrGlobal Aggregate) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.Long;
    }
}
