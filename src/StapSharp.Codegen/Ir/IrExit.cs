namespace StapSharp.Codegen.Ir
{
    /// <summary><c>exit()</c>: asks the session to stop after the current handler (end probes still run).</summary>
    internal sealed record IrExit : IrStatement;
}
