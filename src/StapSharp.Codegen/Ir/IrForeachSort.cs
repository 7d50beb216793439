namespace StapSharp.Codegen.Ir
{
    /// <summary>The sort of a <c>foreach</c> (<c>foreach ([a, b+] in arr)</c> or <c>foreach (k in arr-)</c>).</summary>
    /// <param name="Column">0 sorts on the value, N (1-based) on the N-th key.</param>
    /// <param name="Descending">True for <c>-</c>, false for <c>+</c>.</param>
    internal sealed record IrForeachSort(int Column, bool Descending)
    {
        /// <summary>
        /// For a value sort of an array of statistics, the extractor sorted on (<c>arr @sum-</c>); null means
        /// <see cref="IrStatisticOperator.Count"/>, stap's default.
        /// </summary>
        public IrStatisticOperator? Aggregate { get; init; }
    }
}
