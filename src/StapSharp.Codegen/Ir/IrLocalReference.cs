namespace StapSharp.Codegen.Ir
{
    /// <summary>A read of (or assignment to) a parameter or local variable.</summary>
    /// <param name="Variable">The variable.</param>
    internal sealed record IrLocalReference(IrVariable Variable) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => Variable.Type;
    }
}
