namespace StapSharp.Transport;

/// <summary><c>STP_READY</c> (no payload): the first message of a session; modules accept and ignore it.</summary>
public sealed record ReadyMessage : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.Ready;
}
