namespace StapSharp.Codegen.Ir
{
    /// <summary><c>a . b</c>: string concatenation, truncated to <c>MAXSTRINGLEN</c>.</summary>
    /// <param name="Left">The left string.</param>
    /// <param name="Right">The right string.</param>
    internal sealed record IrConcatenation(IrExpression Left, IrExpression Right) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.String;
    }
}
