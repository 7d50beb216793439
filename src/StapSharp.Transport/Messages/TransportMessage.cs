namespace StapSharp.Transport;

/// <summary><c>STP_TRANSPORT</c> (no payload): queued by the module at load time; it is ready for <c>STP_START</c>.</summary>
public sealed record TransportMessage : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.Transport;
}
