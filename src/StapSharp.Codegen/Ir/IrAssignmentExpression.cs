namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// An assignment used as a value (<c>x = y = 0</c>, <c>if ((n = f()) &gt; 0)</c>): stores <see cref="Value"/> into
    /// <see cref="Target"/> like <see cref="IrAssignment"/> and yields the stored value.
    /// </summary>
    /// <param name="Target">An <see cref="IrLocalReference"/>, a scalar <see cref="IrGlobalReference"/> or an <see cref="IrArrayElement"/>.</param>
    /// <param name="Value">The value, of the target's type (compound assignments are lowered to the combined value).</param>
    internal sealed record IrAssignmentExpression(IrExpression Target, IrExpression Value) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => Target.Type;
    }
}
