namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// An embedded-C expression <c>%{ code %}</c> (guru mode): a long, or a string when the code carries the
    /// <c>/* string */</c> pragma, as stap types it.
    /// </summary>
    /// <param name="Code">The C text between <c>%{</c> and <c>%}</c>.</param>
    /// <param name="ValueType">The type of the value: long or string.</param>
    internal sealed record IrEmbeddedExpression(string Code, IrType ValueType) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => ValueType;
    }
}
