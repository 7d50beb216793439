using System.Collections.Immutable;

namespace StapSharp.Codegen.Ir
{
    /// <summary>A sequence of statements (<c>{ ... }</c>).</summary>
    /// <param name="Statements">The statements, in order.</param>
    internal sealed record IrBlock(ImmutableArray<IrStatement> Statements) : IrStatement
    {
        /// <summary>Creates a block of the given statements.</summary>
        /// <param name="statements">The statements.</param>
        /// <returns>The block.</returns>
        public static IrBlock Of(params IrStatement[] statements) => new(ImmutableArray.Create(statements));
    }
}
