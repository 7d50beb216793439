namespace StapSharp.Transport;

/// <summary><c>STP_CONNECT</c> (no payload): reserved, never used; modules reject it.</summary>
public sealed record ConnectMessage : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.Connect;
}
