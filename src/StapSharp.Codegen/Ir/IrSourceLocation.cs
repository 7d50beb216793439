namespace StapSharp.Codegen.Ir
{
    /// <summary>A position in a script, carried by IR nodes so that C compiler errors map back to the source.</summary>
    /// <param name="Path">The script path as given to the parser.</param>
    /// <param name="Line">The 1-based line.</param>
    /// <param name="Column">The 1-based column.</param>
    internal sealed record IrSourceLocation(string Path, int Line, int Column)
    {
        /// <summary>
        /// The token at the position as stap names it in runtime errors (<c>identifier 'x'</c>, <c>operator '/'</c>,
        /// <c>keyword</c>, <c>number '1'</c>, <c>string 'a'</c>), or null when unknown.
        /// </summary>
        public string? Token { get; init; }

        /// <summary>Returns <c>path:line:column</c>, the form stap uses in its messages.</summary>
        /// <returns>The display string.</returns>
        public override string ToString() =>
            Path + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":"
            + Column.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
