namespace StapSharp.Codegen.Ir
{
    /// <summary>A typed expression.</summary>
    internal abstract record IrExpression
    {
        /// <summary>The type of the value.</summary>
        public abstract IrType Type { get; }

        /// <summary>Where the expression is in the script, or null for synthesized code.</summary>
        public IrSourceLocation? Location { get; init; }
    }
}
