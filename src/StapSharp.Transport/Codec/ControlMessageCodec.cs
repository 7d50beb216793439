using System;
using System.Buffers.Binary;
using System.IO;

namespace StapSharp.Transport;

/// <summary>
/// Pure functions that turn <see cref="ControlMessage"/>s into control frames and back. A frame is a 32-bit type
/// number followed by the C struct payload, both in host byte order (little-endian: x86_64 and arm64).
/// </summary>
/// <remarks>
/// Frames have no length field: the length of a frame is the length of the read or write that carries it, so
/// decoding takes exactly one whole frame. Decoding never throws for bad bytes except through
/// <see cref="Decode"/>, which reports them as <see cref="InvalidDataException"/>.
/// </remarks>
public static class ControlMessageCodec
{
    // Offsets inside the payloads (x86_64 layout of runtime/transport/transport_msgs.h).
    private const int RelocationModuleOffset = 0;
    private const int RelocationSymbolOffset = TransportLimits.ModuleNameFieldLength;
    private const int RelocationAddressOffset = RelocationSymbolOffset + TransportLimits.SymbolNameFieldLength;
    private const int LegacyFieldLength = 64;
    private const int TimeZoneNameOffset = 8;
    private const int RemoteUriOffset = 4;

    /// <summary>The number of bytes <paramref name="message"/> occupies on the wire, type included.</summary>
    /// <param name="protocol">The protocol version.</param>
    /// <param name="message">The message.</param>
    /// <returns>The frame length.</returns>
    /// <exception cref="ArgumentException">The message does not exist in <paramref name="protocol"/>.</exception>
    public static int GetEncodedLength(TransportProtocol protocol, ControlMessage message)
    {
        if (message is null)
        {
            throw new ArgumentNullException(nameof(message));
        }

        var info = ControlMessageTable.GetInfo(protocol, message.Kind);
        return TransportLimits.TypeSize + message switch
        {
            OutOfBandDataMessage m => Utf8Text.GetByteCount(m.Text),
            SystemMessage m => Utf8Text.GetByteCount(m.Command) + 1,
            _ => info.PayloadSize,
        };
    }

    /// <summary>Encodes a message into a new array.</summary>
    /// <param name="protocol">The protocol version.</param>
    /// <param name="message">The message.</param>
    /// <returns>The frame.</returns>
    /// <exception cref="ArgumentException">The message does not exist in this version or a field does not fit.</exception>
    public static byte[] Encode(TransportProtocol protocol, ControlMessage message)
    {
        var frame = new byte[GetEncodedLength(protocol, message)];
        Encode(protocol, message, frame);
        return frame;
    }

    /// <summary>Encodes a message into <paramref name="destination"/>.</summary>
    /// <param name="protocol">The protocol version.</param>
    /// <param name="message">The message.</param>
    /// <param name="destination">Where to write the frame.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="ArgumentException">The message does not exist in this version, a field does not fit, or the destination is too small.</exception>
    public static int Encode(TransportProtocol protocol, ControlMessage message, Span<byte> destination)
    {
        var error = EncodeCore(protocol, message, destination, out var written);
        return error is null ? written : throw new ArgumentException(error, nameof(message));
    }

    /// <summary>Encodes a message, reporting failure instead of throwing.</summary>
    /// <param name="protocol">The protocol version.</param>
    /// <param name="message">The message.</param>
    /// <param name="destination">Where to write the frame.</param>
    /// <param name="bytesWritten">The frame length on success, otherwise 0.</param>
    /// <returns>False when the message does not exist in this version, a field does not fit, or the destination is too small.</returns>
    public static bool TryEncode(TransportProtocol protocol, ControlMessage message, Span<byte> destination, out int bytesWritten) =>
        EncodeCore(protocol, message, destination, out bytesWritten) is null;

    /// <summary>Reads the type number of a frame.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="typeNumber">The type number.</param>
    /// <returns>False when the frame is shorter than 4 bytes.</returns>
    public static bool TryReadTypeNumber(ReadOnlySpan<byte> frame, out uint typeNumber)
    {
        if (frame.Length < TransportLimits.TypeSize)
        {
            typeNumber = 0;
            return false;
        }

        typeNumber = BinaryPrimitives.ReadUInt32LittleEndian(frame);
        return true;
    }

    /// <summary>Decodes one whole frame of untrusted bytes.</summary>
    /// <param name="protocol">The protocol version.</param>
    /// <param name="frame">Exactly one frame.</param>
    /// <param name="message">The message, or null when the frame is malformed or unknown.</param>
    /// <returns>True on success.</returns>
    public static bool TryDecode(TransportProtocol protocol, ReadOnlySpan<byte> frame, out ControlMessage? message) =>
        DecodeCore(protocol, frame, out message) is null;

    /// <summary>Decodes one whole frame.</summary>
    /// <param name="protocol">The protocol version.</param>
    /// <param name="frame">Exactly one frame.</param>
    /// <returns>The message.</returns>
    /// <exception cref="InvalidDataException">The frame is truncated, has the wrong payload size, an unterminated text field, or an unknown type.</exception>
    public static ControlMessage Decode(TransportProtocol protocol, ReadOnlySpan<byte> frame)
    {
        var error = DecodeCore(protocol, frame, out var message);
        return error is null ? message! : throw new InvalidDataException(error);
    }

    /// <summary>Describes why a frame cannot be decoded, or returns null when it can.</summary>
    /// <param name="protocol">The protocol version.</param>
    /// <param name="frame">The frame.</param>
    /// <returns>An explanation, or null.</returns>
    public static string? Validate(TransportProtocol protocol, ReadOnlySpan<byte> frame) => DecodeCore(protocol, frame, out _);

    private static string? EncodeCore(TransportProtocol protocol, ControlMessage message, Span<byte> destination, out int written)
    {
        written = 0;
        if (message is null)
        {
            return "The message is null.";
        }

        if (!ControlMessageTable.TryGetInfo(protocol, message.Kind, out var info) || message.Kind == ControlMessageKind.MaxCommand)
        {
            return $"{message.Kind} does not exist in protocol {protocol}.";
        }

        var length = GetEncodedLength(protocol, message);
        if (destination.Length < length)
        {
            return $"The destination has {destination.Length} bytes; the frame needs {length}.";
        }

        var frame = destination.Slice(0, length);
        frame.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(frame, info!.TypeNumber);
        var payload = frame.Slice(TransportLimits.TypeSize);
        var error = EncodePayload(message, payload);
        if (error is not null)
        {
            frame.Clear();
            return error;
        }

        written = length;
        return null;
    }

    private static string? EncodePayload(ControlMessage message, Span<byte> payload)
    {
        switch (message)
        {
            case StartMessage m:
                BinaryPrimitives.WriteInt32LittleEndian(payload, m.TargetPid);
                BinaryPrimitives.WriteInt32LittleEndian(payload.Slice(4), m.Result);
                return null;
            case OutOfBandDataMessage m:
                return EncodeText(m.Text, payload, TransportLimits.ControlBufferSize, "OOB text");
            case SystemMessage m:
                // Command plus its NUL must fit in the module's 384-byte buffer.
                return m.Command.IndexOf('\0') >= 0 ? "The command contains a NUL character."
                    : EncodeText(m.Command, payload.Slice(0, payload.Length - 1), TransportLimits.ControlBufferSize - 1, "The command");
            case RelocationMessage m:
                BinaryPrimitives.WriteUInt64LittleEndian(payload.Slice(RelocationAddressOffset), m.Address);
                return FixedCharField.Write(m.Module, payload.Slice(RelocationModuleOffset, TransportLimits.ModuleNameFieldLength), "The module name")
                    ?? FixedCharField.Write(m.Symbol, payload.Slice(RelocationSymbolOffset, TransportLimits.SymbolNameFieldLength), "The symbol name");
            case TimeZoneInfoMessage m:
                BinaryPrimitives.WriteInt64LittleEndian(payload, m.SecondsWestOfUtc);
                return FixedCharField.Write(m.Name, payload.Slice(TimeZoneNameOffset, TransportLimits.TimeZoneNameFieldLength), "The time-zone name");
            case PrivilegeCredentialsMessage m:
                BinaryPrimitives.WriteInt32LittleEndian(payload, (int)m.Privileges);
                return null;
            case RemoteIdMessage m:
                BinaryPrimitives.WriteInt32LittleEndian(payload, m.RemoteId);
                return FixedCharField.Write(m.RemoteUri, payload.Slice(RemoteUriOffset, TransportLimits.RemoteUriFieldLength), "The remote URI");
            case NamespacesPidMessage m:
                BinaryPrimitives.WriteInt32LittleEndian(payload, m.TargetPid);
                return null;
            case MountNamespaceFdsMessage m:
                BinaryPrimitives.WriteInt32LittleEndian(payload, m.TargetFd);
                BinaryPrimitives.WriteInt32LittleEndian(payload.Slice(4), m.OriginalFd);
                return null;
            default:
                // Messages without payload, and STP_BULK whose 128 bytes are ignored (sent as zeros like 5.x).
                return null;
        }
    }

    private static string? EncodeText(string text, Span<byte> payload, int limit, string what)
    {
        if (!Utf8Text.IsStrictlyEncodable(text))
        {
            return $"{what} contains an unpaired surrogate.";
        }

        return Utf8Text.GetByteCount(text) > limit || !Utf8Text.TryEncode(text, payload, out _)
            ? $"{what} is longer than {limit} UTF-8 bytes."
            : null;
    }

    private static string? DecodeCore(TransportProtocol protocol, ReadOnlySpan<byte> frame, out ControlMessage? message)
    {
        message = null;
        if (protocol is not TransportProtocol.V4 and not TransportProtocol.V5)
        {
            return $"Unknown transport protocol {(int)protocol}.";
        }

        if (!TryReadTypeNumber(frame, out var type))
        {
            return $"The frame has {frame.Length} bytes; at least {TransportLimits.TypeSize} are needed for the type.";
        }

        if (!ControlMessageTable.TryGetInfo(protocol, type, out var info))
        {
            var other = protocol == TransportProtocol.V4 ? TransportProtocol.V5 : TransportProtocol.V4;
            return ControlMessageTable.TryGetInfo(other, type, out var otherInfo)
                ? $"Message type {type} is {otherInfo!.Name} in protocol {other}, unknown in {protocol}: the module and the client use different SystemTap runtime versions."
                : $"Unknown message type {type} in protocol {protocol}.";
        }

        var payload = frame.Slice(TransportLimits.TypeSize);
        var error = DecodePayload(info!, payload, out message);
        if (error is not null)
        {
            message = null;
        }

        return error;
    }

    private static string? DecodePayload(ControlMessageInfo info, ReadOnlySpan<byte> payload, out ControlMessage? message)
    {
        message = null;
        string? error;
        switch (info.Kind)
        {
            case ControlMessageKind.Start:
                if ((error = ExpectSize(info, payload)) is null)
                {
                    message = new StartMessage(BinaryPrimitives.ReadInt32LittleEndian(payload), BinaryPrimitives.ReadInt32LittleEndian(payload.Slice(4)));
                }

                return error;
            case ControlMessageKind.OutOfBandData:
                if ((error = ExpectText(info, payload)) is null)
                {
                    message = new OutOfBandDataMessage(Utf8Text.Decode(Utf8Text.UpToNul(payload)));
                }

                return error;
            case ControlMessageKind.System:
                if ((error = ExpectText(info, payload)) is null)
                {
                    message = new SystemMessage(Utf8Text.Decode(Utf8Text.UpToNul(payload)));
                }

                return error;
            case ControlMessageKind.Relocation:
                return DecodeRelocation(info, payload, out message);
            case ControlMessageKind.TimeZoneInfo:
                if ((error = ExpectSize(info, payload)) is null
                    && (error = FixedCharField.Read(payload.Slice(TimeZoneNameOffset), "tz_name", out var zone)) is null)
                {
                    message = new TimeZoneInfoMessage(BinaryPrimitives.ReadInt64LittleEndian(payload), zone);
                }

                return error;
            case ControlMessageKind.PrivilegeCredentials:
                if ((error = ExpectSize(info, payload)) is null)
                {
                    message = new PrivilegeCredentialsMessage((StapPrivileges)BinaryPrimitives.ReadInt32LittleEndian(payload));
                }

                return error;
            case ControlMessageKind.RemoteId:
                if ((error = ExpectSize(info, payload)) is null
                    && (error = FixedCharField.Read(payload.Slice(RemoteUriOffset), "remote_uri", out var uri)) is null)
                {
                    message = new RemoteIdMessage(BinaryPrimitives.ReadInt32LittleEndian(payload), uri);
                }

                return error;
            case ControlMessageKind.NamespacesPid:
                if ((error = ExpectSize(info, payload)) is null)
                {
                    message = new NamespacesPidMessage(BinaryPrimitives.ReadInt32LittleEndian(payload));
                }

                return error;
            case ControlMessageKind.MountNamespaceFds:
                if ((error = ExpectSize(info, payload)) is null)
                {
                    message = new MountNamespaceFdsMessage(BinaryPrimitives.ReadInt32LittleEndian(payload), BinaryPrimitives.ReadInt32LittleEndian(payload.Slice(4)));
                }

                return error;
            case ControlMessageKind.Exit:
                return Empty(info, payload, new ExitMessage(), out message);
            case ControlMessageKind.Transport:
                return Empty(info, payload, new TransportMessage(), out message);
            case ControlMessageKind.Ready:
                return Empty(info, payload, new ReadyMessage(), out message);
            case ControlMessageKind.RequestExit:
                return Empty(info, payload, new RequestExitMessage(), out message);
            case ControlMessageKind.Bulk:
                // The module never reads the payload (4.x even sends uninitialised stack bytes).
                message = new BulkMessage();
                return null;
            case ControlMessageKind.Connect:
                message = new ConnectMessage();
                return null;
            case ControlMessageKind.Disconnect:
                message = new DisconnectMessage();
                return null;
            case ControlMessageKind.BufferInfo:
                message = new BufferInfoMessage();
                return null;
            case ControlMessageKind.SubBuffersConsumed:
                message = new SubBuffersConsumedMessage();
                return null;
            case ControlMessageKind.RealtimeData:
                message = new RealtimeDataMessage();
                return null;
            default:
                return $"{info.Name} ({info.TypeNumber}) is a sentinel, not a message.";
        }
    }

    private static string? DecodeRelocation(ControlMessageInfo info, ReadOnlySpan<byte> payload, out ControlMessage? message)
    {
        message = null;
        int nameLength;
        if (payload.Length == info.PayloadSize)
        {
            nameLength = TransportLimits.ModuleNameFieldLength;
        }
        else if (payload.Length == TransportLimits.LegacyRelocationPayloadSize)
        {
            nameLength = LegacyFieldLength;
        }
        else
        {
            return $"{info.Name} payload has {payload.Length} bytes; expected {info.PayloadSize} (or legacy {TransportLimits.LegacyRelocationPayloadSize}).";
        }

        var symbol = string.Empty;
        var error = FixedCharField.Read(payload.Slice(0, nameLength), "module", out var module)
            ?? FixedCharField.Read(payload.Slice(nameLength, nameLength), "reloc", out symbol);
        if (error is null)
        {
            message = new RelocationMessage(module, symbol, BinaryPrimitives.ReadUInt64LittleEndian(payload.Slice(2 * nameLength)));
        }

        return error;
    }

    private static string? ExpectSize(ControlMessageInfo info, ReadOnlySpan<byte> payload) =>
        payload.Length == info.PayloadSize ? null : $"{info.Name} payload has {payload.Length} bytes; expected {info.PayloadSize}.";

    private static string? ExpectText(ControlMessageInfo info, ReadOnlySpan<byte> payload) =>
        payload.Length <= info.PayloadSize ? null : $"{info.Name} payload has {payload.Length} bytes; at most {info.PayloadSize} are allowed.";

    private static string? Empty(ControlMessageInfo info, ReadOnlySpan<byte> payload, ControlMessage value, out ControlMessage? message)
    {
        message = payload.IsEmpty ? value : null;
        return payload.IsEmpty ? null : $"{info.Name} has no payload, but {payload.Length} bytes follow the type.";
    }
}
