namespace StapSharp.Codegen.Ir
{
    /// <summary>An arithmetic or bitwise operation on two longs.</summary>
    /// <param name="Operator">The operator.</param>
    /// <param name="Left">The left operand.</param>
    /// <param name="Right">The right operand.</param>
    internal sealed record IrBinaryExpression(IrBinaryOperator Operator, IrExpression Left, IrExpression Right) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.Long;
    }
}
