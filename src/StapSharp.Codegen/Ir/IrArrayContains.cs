using System.Collections.Immutable;

namespace StapSharp.Codegen.Ir
{
    /// <summary><c>[k1, k2] in array</c>: 1 when the element exists, else 0.</summary>
    /// <param name="Array">The global array.</param>
    /// <param name="Keys">One expression per key.</param>
    internal sealed record IrArrayContains(IrGlobal Array, ImmutableArray<IrExpression> Keys) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.Long;
    }
}
