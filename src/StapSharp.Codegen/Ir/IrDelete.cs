namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// <c>delete target</c>: a whole array (an <see cref="IrGlobalReference"/> to an array), one element
    /// (<see cref="IrArrayElement"/>), or a scalar/aggregate which is reset.
    /// </summary>
    /// <param name="Target">What to delete.</param>
    internal sealed record IrDelete(IrExpression Target) : IrStatement;
}
