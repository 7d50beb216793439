using System.Collections.Immutable;

namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// A global variable: a scalar (long or string), a statistics aggregate, or an associative array
    /// when <see cref="KeyTypes"/> is not empty.
    /// </summary>
    /// <param name="Name">The name as written in the script.</param>
    /// <param name="ValueType">The type of the value (of each element for an array).</param>
    internal sealed record IrGlobal(string Name, IrType ValueType)
    {
        /// <summary>The key types of an array, in order; empty for a scalar or an aggregate.</summary>
        public ImmutableArray<IrType> KeyTypes { get; init; } = ImmutableArray<IrType>.Empty;

        /// <summary>The initial value of a scalar (a literal), or null for 0 / "".</summary>
        public IrExpression? Initializer { get; init; }

        /// <summary>The maximum number of array elements (<c>global a[100]</c>), or null for <c>MAXMAPENTRIES</c>.</summary>
        public int? MaxEntries { get; init; }

        /// <summary>
        /// True for a wrapping array (<c>global a%[100]</c>): when full, a new element replaces the oldest one instead of
        /// failing with "Array overflow".
        /// </summary>
        public bool Wraps { get; init; }

        /// <summary>True for an associative array.</summary>
        public bool IsArray => !KeyTypes.IsDefaultOrEmpty;
    }
}
