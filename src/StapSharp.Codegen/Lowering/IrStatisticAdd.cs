namespace StapSharp.Codegen
{
    /// <summary><c>aggregate &lt;&lt;&lt; value</c>.</summary>
    /// <param name="Aggregate">A global of type <see cref="IrType.Statistics"/>.</param>
    /// <param name="Value">A long value.</param>
    public sealed record IrStatisticAdd(IrGlobal Aggregate, IrExpression Value) : IrStatement;
}
