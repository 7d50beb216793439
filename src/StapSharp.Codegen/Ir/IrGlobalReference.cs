namespace StapSharp.Codegen.Ir
{
    /// <summary>A global scalar, or a whole array / aggregate where one is expected (<c>delete</c>).</summary>
    /// <param name="Global">The global.</param>
    internal sealed record IrGlobalReference(IrGlobal Global) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => Global.ValueType;
    }
}
