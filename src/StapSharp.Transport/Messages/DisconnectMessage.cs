namespace StapSharp.Transport;

/// <summary><c>STP_DISCONNECT</c> (no payload): reserved, never used; modules reject it.</summary>
public sealed record DisconnectMessage : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.Disconnect;
}
