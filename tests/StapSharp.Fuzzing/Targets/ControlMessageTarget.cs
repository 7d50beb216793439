using System;
using System.Collections.Generic;
using System.IO;
using StapSharp.Transport;

namespace StapSharp.Fuzzing.Targets
{
    /// <summary>
    /// The control-channel decoder (frames a module writes to <c>.cmd</c>). Input: one byte choosing the protocol
    /// (even 4.x, odd 5.x), then one frame. Invariants: <c>TryDecode</c> and <c>Validate</c> never throw and agree;
    /// <c>Decode</c> throws only <see cref="InvalidDataException"/> with a message, exactly when <c>TryDecode</c> fails;
    /// a decoded message encodes again (unless decoding replaced invalid UTF-8, which can make a text too long for its
    /// field) and decodes to an equal message. Allowed exception: InvalidDataException from Decode.
    /// </summary>
    internal sealed class ControlMessageTarget : FuzzTarget
    {
        public override string Name => "control";

        public override string Description => "ControlMessageCodec.Decode of one frame: rejected with InvalidDataException or round-trips";

        public override void Execute(ReadOnlySpan<byte> data)
        {
            if (data.IsEmpty)
                return;
            TransportProtocol protocol = (data[0] & 1) == 0 ? TransportProtocol.V4 : TransportProtocol.V5;
            ReadOnlySpan<byte> frame = data.Slice(1);

            bool decoded = ControlMessageCodec.TryDecode(protocol, frame, out ControlMessage? message);
            string? validation = ControlMessageCodec.Validate(protocol, frame);
            if (decoded != (validation is null) || decoded != (message is not null))
                throw new FuzzInvariantException($"TryDecode={decoded}, message={message}, Validate={validation ?? "null"} disagree.");

            try
            {
                ControlMessageCodec.Decode(protocol, frame);
                if (!decoded)
                    throw new FuzzInvariantException("Decode accepted a frame TryDecode rejected.");
            }
            catch (InvalidDataException e)
            {
                if (decoded)
                    throw new FuzzInvariantException("Decode rejected a frame TryDecode accepted.", e);
                if (string.IsNullOrWhiteSpace(e.Message))
                    throw new FuzzInvariantException("InvalidDataException without an explanation.", e);
            }

            if (message is null)
                return;
            // Decoding replaces invalid UTF-8 with U+FFFD (3 bytes each), so such a text may no longer fit its field:
            // Encode then fails with its documented ArgumentException. Valid text always re-encodes.
            if (!ControlMessageCodec.TryEncode(protocol, message, new byte[ControlMessageCodec.GetEncodedLength(protocol, message)], out int length))
            {
                if (message.ToString().Contains('\uFFFD', StringComparison.Ordinal))
                    return;
                throw new FuzzInvariantException($"The decoded message {message} cannot be encoded again.");
            }

            byte[] reencoded = new byte[length];
            ControlMessageCodec.Encode(protocol, message, reencoded);
            ControlMessage again = ControlMessageCodec.Decode(protocol, reencoded);
            if (!again.Equals(message))
                throw new FuzzInvariantException($"Re-encoding changed the message: {message} became {again}.");
        }

        public override IEnumerable<byte[]> CreateSeeds()
        {
            ControlMessage[] messages =
            [
                new StartMessage(1234), new ExitMessage(), new TransportMessage(), new ReadyMessage(), new RequestExitMessage(),
                new BulkMessage(), new OutOfBandDataMessage("ERROR: division by zero near identifier 'x'\n"),
                new OutOfBandDataMessage("WARNING: Number of errors: 1\n"), new SystemMessage("echo hi"),
                new RelocationMessage("kernel", "_stext", 0xffffffff81000000), new TimeZoneInfoMessage(-3600, "CET"),
                new PrivilegeCredentialsMessage(StapPrivileges.StapUsr), new RemoteIdMessage(1, "ssh://host"),
                new NamespacesPidMessage(1), new MountNamespaceFdsMessage(3, 4),
            ];
            foreach (var (protocol, selector) in new[] { (TransportProtocol.V4, (byte)0), (TransportProtocol.V5, (byte)1) })
            {
                foreach (ControlMessage message in messages)
                {
                    // Some messages exist in only one protocol version.
                    if (!ControlMessageTable.TryGetInfo(protocol, message.Kind, out _))
                        continue;
                    var frame = new byte[ControlMessageCodec.GetEncodedLength(protocol, message) + 1];
                    if (!ControlMessageCodec.TryEncode(protocol, message, frame.AsSpan(1), out _))
                        continue;
                    frame[0] = selector;
                    yield return frame;
                }
            }
        }
    }
}
