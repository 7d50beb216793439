namespace StapSharp.Codegen.Ir
{
    /// <summary><c>exit()</c>: asks the session to stop after the current handler (end probes still run).</summary>
    public sealed record IrExit : IrStatement;
}
