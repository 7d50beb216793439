namespace StapSharp.Transport;

/// <summary>One row of <see cref="ControlMessageTable"/>: how a message kind looks on the wire in one protocol version.</summary>
public sealed class ControlMessageInfo
{
    internal ControlMessageInfo(
        TransportProtocol protocol,
        ControlMessageKind kind,
        string name,
        uint typeNumber,
        int payloadSize,
        bool isVariableLength,
        MessageDirections directions,
        bool requiresRoot)
    {
        Protocol = protocol;
        Kind = kind;
        Name = name;
        TypeNumber = typeNumber;
        PayloadSize = payloadSize;
        IsVariableLength = isVariableLength;
        Directions = directions;
        RequiresRoot = requiresRoot;
    }

    /// <summary>The protocol version this row belongs to.</summary>
    public TransportProtocol Protocol { get; }

    /// <summary>The message kind.</summary>
    public ControlMessageKind Kind { get; }

    /// <summary>The C name, for example <c>STP_START</c>.</summary>
    public string Name { get; }

    /// <summary>The 32-bit type number written before the payload.</summary>
    public uint TypeNumber { get; }

    /// <summary>
    /// The payload size in bytes: the C struct size for fixed messages, 0 for messages without payload, and the
    /// maximum (<see cref="TransportLimits.ControlBufferSize"/>) for variable-length text messages.
    /// </summary>
    public int PayloadSize { get; }

    /// <summary>True for text messages whose length is the length of the read (<c>STP_OOB_DATA</c>, <c>STP_SYSTEM</c>).</summary>
    public bool IsVariableLength { get; }

    /// <summary>Who writes the message.</summary>
    public MessageDirections Directions { get; }

    /// <summary>True when the module accepts the message only from a writer whose effective uid is 0.</summary>
    public bool RequiresRoot { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} = {TypeNumber} ({Protocol}, {PayloadSize} bytes)";
}
