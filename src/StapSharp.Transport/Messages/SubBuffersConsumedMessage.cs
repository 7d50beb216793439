namespace StapSharp.Transport;

/// <summary><c>STP_SUBBUFS_CONSUMED</c> (no payload): obsolete; modules reject it.</summary>
public sealed record SubBuffersConsumedMessage : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.SubBuffersConsumed;
}
