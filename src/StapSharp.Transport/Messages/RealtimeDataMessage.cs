namespace StapSharp.Transport;

/// <summary><c>STP_REALTIME_DATA</c>: only used by the removed transport version 1; any payload is ignored.</summary>
public sealed record RealtimeDataMessage : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.RealtimeData;
}
