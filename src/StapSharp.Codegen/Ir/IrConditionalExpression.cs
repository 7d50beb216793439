namespace StapSharp.Codegen.Ir
{
    /// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
    /// <param name="Condition">A long condition.</param>
    /// <param name="WhenTrue">The value when the condition holds.</param>
    /// <param name="WhenFalse">The value otherwise, of the same type.</param>
    internal sealed record IrConditionalExpression(IrExpression Condition, IrExpression WhenTrue, IrExpression WhenFalse) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => WhenTrue.Type;
    }
}
