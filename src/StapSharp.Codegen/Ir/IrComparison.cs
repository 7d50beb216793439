namespace StapSharp.Codegen.Ir
{
    /// <summary>A comparison of two longs or two strings (strings compare bytewise); 1 or 0.</summary>
    /// <param name="Operator">The operator.</param>
    /// <param name="Left">The left operand.</param>
    /// <param name="Right">The right operand, of the same type.</param>
    internal sealed record IrComparison(IrComparisonOperator Operator, IrExpression Left, IrExpression Right) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.Long;
    }
}
