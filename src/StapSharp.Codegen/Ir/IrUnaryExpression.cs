namespace StapSharp.Codegen.Ir
{
    /// <summary>A unary operation on a long.</summary>
    /// <param name="Operator">The operator.</param>
    /// <param name="Operand">The operand.</param>
    internal sealed record IrUnaryExpression(IrUnaryOperator Operator, IrExpression Operand) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.Long;
    }
}
