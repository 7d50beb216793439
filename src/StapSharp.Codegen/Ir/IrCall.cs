using System.Collections.Immutable;

namespace StapSharp.Codegen.Ir
{
    /// <summary>A call of a script function, by name (so that recursive functions can be expressed).</summary>
    /// <param name="FunctionName">The name of an <see cref="IrFunction"/> of the module.</param>
    /// <param name="ReturnType">The function's return type.</param>
    /// <param name="Arguments">One argument per parameter.</param>
    internal sealed record IrCall(string FunctionName, IrType ReturnType, ImmutableArray<IrExpression> Arguments) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => ReturnType;
    }
}
