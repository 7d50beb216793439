using System;
using System.Buffers.Binary;

namespace StapSharp.Transport;

/// <summary>
/// The header of an output record in the per-CPU <c>trace&lt;N&gt;</c> files: 4.x writes <c>{u32 sequence, u32 pdu_len}</c>,
/// 5.x writes the magic <c>F0 9F A9 BA</c> first. All integers are little-endian (host order on x86_64).
/// </summary>
public static class TraceRecordFormat
{
    /// <summary>The 5.x magic bytes <c>F0 9F A9 BA</c> read as a little-endian 32-bit value.</summary>
    public const uint V5Magic = 0xBAA99FF0;

    /// <summary>Header size of 4.x records (<c>struct _stp_trace</c>).</summary>
    public const int V4HeaderSize = 8;

    /// <summary>Header size of 5.x records (magic + <c>struct _stp_trace</c>).</summary>
    public const int V5HeaderSize = 12;

    /// <summary>
    /// The largest payload a reader accepts before treating a header as garbage (the bound <c>stapio</c> uses). The
    /// module itself never emits more than <see cref="TransportLimits.PrintBufferSize"/> bytes per record.
    /// </summary>
    public const int MaxPayloadLength = 128 * 1024;

    /// <summary>The header size of a protocol version.</summary>
    /// <param name="protocol">The protocol version.</param>
    /// <returns>8 for 4.x, 12 for 5.x.</returns>
    public static int GetHeaderSize(TransportProtocol protocol) => protocol switch
    {
        TransportProtocol.V4 => V4HeaderSize,
        TransportProtocol.V5 => V5HeaderSize,
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "Unknown transport protocol."),
    };

    /// <summary>Writes a record header, for example to keep headers in bulk-mode per-CPU files.</summary>
    /// <param name="protocol">The protocol version.</param>
    /// <param name="sequence">The global sequence number.</param>
    /// <param name="payloadLength">The payload length.</param>
    /// <param name="destination">At least <see cref="GetHeaderSize"/> bytes.</param>
    /// <returns>The number of bytes written.</returns>
    public static int WriteHeader(TransportProtocol protocol, uint sequence, int payloadLength, Span<byte> destination)
    {
        var size = GetHeaderSize(protocol);
        if (destination.Length < size)
        {
            throw new ArgumentException($"The destination needs {size} bytes.", nameof(destination));
        }

        var offset = 0;
        if (protocol == TransportProtocol.V5)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(destination, V5Magic);
            offset = 4;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(destination.Slice(offset), sequence);
        BinaryPrimitives.WriteUInt32LittleEndian(destination.Slice(offset + 4), (uint)payloadLength);
        return size;
    }
}
