namespace StapSharp.Codegen.Ir
{
    /// <summary><c>for (initializer; condition; increment) body</c>; each part may be absent.</summary>
    /// <param name="Initializer">Run once before the loop, or null.</param>
    /// <param name="Condition">A long condition, or null for "forever".</param>
    /// <param name="Increment">Run after each iteration and on <c>continue</c>, or null.</param>
    /// <param name="Body">The loop body.</param>
    internal sealed record IrFor(IrStatement? Initializer, IrExpression? Condition, IrStatement? Increment, IrStatement Body) : IrStatement;
}
