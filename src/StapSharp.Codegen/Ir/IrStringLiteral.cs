namespace StapSharp.Codegen.Ir
{
    /// <summary>A string constant (already unescaped: the characters the script means).</summary>
    /// <param name="Value">The value.</param>
    internal sealed record IrStringLiteral(string Value) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.String;
    }
}
