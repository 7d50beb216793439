namespace StapSharp.Codegen.Ir
{
    /// <summary><c>break</c>: leaves the innermost loop.</summary>
    public sealed record IrBreak : IrStatement;
}
