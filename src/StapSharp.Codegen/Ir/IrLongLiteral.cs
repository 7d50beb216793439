namespace StapSharp.Codegen.Ir
{
    /// <summary>A long constant.</summary>
    /// <param name="Value">The value.</param>
    public sealed record IrLongLiteral(long Value) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.Long;
    }
}
