using System.Collections.Immutable;

namespace StapSharp.Codegen.Ir
{
    /// <summary><c>array[k1, k2]</c>: reads 0 or "" when the element is absent.</summary>
    /// <param name="Array">The global array.</param>
    /// <param name="Keys">One expression per key, of the key types.</param>
    internal sealed record IrArrayElement(IrGlobal Array, ImmutableArray<IrExpression> Keys) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => Array.ValueType;
    }
}
