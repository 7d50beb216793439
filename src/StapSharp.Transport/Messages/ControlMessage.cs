namespace StapSharp.Transport;

/// <summary>
/// Base of the immutable control messages exchanged over a module's <c>.cmd</c> file. Each derived record is one
/// <c>STP_*</c> message; its wire number depends on the <see cref="TransportProtocol"/> (see <see cref="ControlMessageTable"/>).
/// </summary>
public abstract record ControlMessage
{
    private protected ControlMessage()
    {
    }

    /// <summary>The message kind.</summary>
    public abstract ControlMessageKind Kind { get; }
}
