namespace StapSharp.Codegen.Ir
{
    /// <summary>The tapset's <c>ngroups()</c>: the groups of the last match, the whole match included; an error after a failed match.</summary>
    internal sealed record IrRegexGroupCount : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.Long;
    }
}
