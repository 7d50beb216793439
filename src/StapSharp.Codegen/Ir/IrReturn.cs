namespace StapSharp.Codegen.Ir
{
    /// <summary><c>return value</c> from a function (no value in a void function).</summary>
    /// <param name="Value">The returned value, or null.</param>
    internal sealed record IrReturn(IrExpression? Value = null) : IrStatement;
}
