namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// The tapset's <c>matched(n)</c>: the text of group <paramref name="Index"/> of the last successful match (0 = the
    /// whole match; empty when the group took no part). An error after a failed match or for a group the pattern lacks.
    /// </summary>
    /// <param name="Index">The group number, a long.</param>
    internal sealed record IrRegexSubexpression(IrExpression Index) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.String;
    }
}
