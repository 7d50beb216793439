namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// <c>target = value</c>. The target is an <see cref="IrLocalReference"/>, a scalar <see cref="IrGlobalReference"/>
    /// or an <see cref="IrArrayElement"/>; compound assignments are lowered to a plain one.
    /// </summary>
    /// <param name="Target">The assigned location.</param>
    /// <param name="Value">The value, of the target's type.</param>
    internal sealed record IrAssignment(IrExpression Target, IrExpression Value) : IrStatement;
}
