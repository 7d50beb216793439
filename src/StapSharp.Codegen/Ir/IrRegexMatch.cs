namespace StapSharp.Codegen.Ir
{
    /// <summary>
    /// <c>subject =~ "pattern"</c> (or <c>!~</c> when <paramref name="Negated"/>): 1 or 0. Like stap, it also records the
    /// match for <c>matched()</c>/<c>ngroups()</c>, also for <c>!~</c>.
    /// </summary>
    /// <param name="Subject">The string searched.</param>
    /// <param name="Pattern">The regular expression: the stap value of the literal (C escapes still in it), compiled at generation time.</param>
    /// <param name="Negated">True for <c>!~</c>.</param>
    internal sealed record IrRegexMatch(IrExpression Subject, string Pattern, bool Negated) : IrExpression
    {
        /// <inheritdoc/>
        public override IrType Type => IrType.Long;
    }
}
