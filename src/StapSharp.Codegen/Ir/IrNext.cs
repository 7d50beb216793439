namespace StapSharp.Codegen.Ir
{
    /// <summary><c>next</c>: leaves the probe handler.</summary>
    public sealed record IrNext : IrStatement;
}
