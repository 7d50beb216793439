namespace StapSharp.Codegen.Ir
{
    /// <summary><c>break</c>: leaves the innermost loop.</summary>
    internal sealed record IrBreak : IrStatement;
}
