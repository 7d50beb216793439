using System.Collections.Immutable;

namespace StapSharp.Codegen.Ir
{
    /// <summary><c>foreach ([k1, k2] in array sort limit N) body</c>, optionally binding the value (<c>v = [k] in a</c>).</summary>
    /// <param name="Array">The iterated global array.</param>
    /// <param name="Keys">One local per key of the array, bound on each iteration.</param>
    /// <param name="Body">The loop body.</param>
    internal sealed record IrForeach(IrGlobal Array, ImmutableArray<IrVariable> Keys, IrStatement Body) : IrStatement
    {
        /// <summary>The local that receives the element value, or null.</summary>
        public IrVariable? Value { get; init; }

        /// <summary>The iteration order, or null for hash order.</summary>
        public IrForeachSort? Sort { get; init; }

        /// <summary>
        /// A slice (<c>in a[*, k]</c>): one expression per key, <see cref="IrWildcard"/> for <c>*</c>; only elements whose
        /// other keys equal these values are visited. Empty for the whole array.
        /// </summary>
        public ImmutableArray<IrExpression> Slice { get; init; } = ImmutableArray<IrExpression>.Empty;

        /// <summary>The maximum number of iterations (a long expression), or null.</summary>
        public IrExpression? Limit { get; init; }
    }
}
