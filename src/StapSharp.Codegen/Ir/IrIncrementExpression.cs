namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// <c>++x</c>, <c>x++</c>, <c>--x</c> or <c>x--</c> used as a value: the target (a long local, global or array
    /// element, whose keys are evaluated once) changes by one; the value is the new one for the prefix forms and the
    /// old one for the postfix forms.
    /// </summary>
    /// <param name="Target">An <see cref="IrLocalReference"/>, a scalar <see cref="IrGlobalReference"/> or an <see cref="IrArrayElement"/>.</param>
    /// <param name="Increment">True for <c>++</c>, false for <c>--</c>.</param>
    /// <param name="Postfix">True when the value is the one before the change.</param>
    internal sealed record IrIncrementExpression(IrExpression Target, bool Increment, bool Postfix) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.Long;
    }
}
