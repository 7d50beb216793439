namespace StapSharp.Codegen.Ir
{
    /// <summary>A statement of a probe or function body.</summary>
    internal abstract record IrStatement
    {
        /// <summary>Where the statement is in the script, or null for synthesized code.</summary>
        public IrSourceLocation? Location { get; init; }
    }
}
