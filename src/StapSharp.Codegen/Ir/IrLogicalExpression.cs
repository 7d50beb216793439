namespace StapSharp.Codegen.Ir
{
    /// <summary><c>a &amp;&amp; b</c> or <c>a || b</c>, short-circuited; 1 or 0.</summary>
    /// <param name="IsAnd">True for <c>&amp;&amp;</c>, false for <c>||</c>.</param>
    /// <param name="Left">The left operand.</param>
    /// <param name="Right">The right operand.</param>
    internal sealed record IrLogicalExpression(bool IsAnd, IrExpression Left, IrExpression Right) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.Long;
    }
}
