namespace StapSharp.Codegen.Ir
{
    /// <summary><c>while (condition) body</c>.</summary>
    /// <param name="Condition">A long condition.</param>
    /// <param name="Body">The loop body.</param>
    internal sealed record IrWhile(IrExpression Condition, IrStatement Body) : IrStatement;
}
