namespace StapSharp.Codegen.Ir
{
    /// <summary><c>if (condition) then else otherwise</c>.</summary>
    /// <param name="Condition">A long condition (nonzero is true).</param>
    /// <param name="Then">The statement run when the condition holds.</param>
    /// <param name="Else">The statement run otherwise, or null.</param>
    internal sealed record IrIf(IrExpression Condition, IrStatement Then, IrStatement? Else = null) : IrStatement;
}
