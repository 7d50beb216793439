namespace StapSharp.Transport;

/// <summary><c>STP_BUF_INFO</c> (no payload): obsolete; modules reject it.</summary>
public sealed record BufferInfoMessage : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.BufferInfo;
}
