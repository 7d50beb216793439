namespace StapSharp.Codegen.Ir
{
    /// <summary><c>next</c>: leaves the probe handler.</summary>
    internal sealed record IrNext : IrStatement;
}
