namespace StapSharp.Codegen.Ir
{
    /// <summary>A long constant.</summary>
    /// <param name="Value">The value.</param>
    internal sealed record IrLongLiteral(long Value) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.Long;
    }
}
