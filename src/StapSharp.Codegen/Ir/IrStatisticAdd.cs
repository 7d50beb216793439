using System.Collections.Immutable;

namespace StapSharp.Codegen.Ir
{
    /// <summary><c>aggregate &lt;&lt;&lt; value</c> or <c>array[k1, k2] &lt;&lt;&lt; value</c>.</summary>
    /// <param name="Aggregate">A global of type <see cref="IrType.Statistics"/>.</param>
    /// <param name="Value">A long value.</param>
    internal sealed record IrStatisticAdd(IrGlobal Aggregate, IrExpression Value) : IrStatement
    {
        /// <summary>The element of an array of statistics; empty for a scalar aggregate.</summary>
        public ImmutableArray<IrExpression> Keys { get; init; } = ImmutableArray<IrExpression>.Empty;
    }
}
