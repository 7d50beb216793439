namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// A <c>*</c> key of an array slice, matching any value of the key: only in <see cref="IrArrayContains"/>
    /// (<c>[*, k] in a</c>), the element of an <see cref="IrDelete"/> (<c>delete a[*, k]</c>) and
    /// <see cref="IrForeach.Slice"/> (<c>foreach ([x, y] in a[*, k])</c>).
    /// </summary>
    /// <param name="KeyType">The type of the key it stands for.</param>
    internal sealed record IrWildcard(IrType KeyType) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => KeyType;
    }
}
