namespace StapSharp.Transport;

/// <summary><c>STP_EXIT</c> (no payload): written to ask for an orderly shut-down; read back when the module finished it (end probes ran, output flushed).</summary>
public sealed record ExitMessage : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.Exit;
}
