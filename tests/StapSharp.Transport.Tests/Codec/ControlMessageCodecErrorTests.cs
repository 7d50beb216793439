using System;
using System.IO;
using System.Linq;

namespace StapSharp.Transport.Tests;

public sealed class ControlMessageCodecErrorTests
{
    [Theory]
    [InlineData(127, true)]
    [InlineData(128, false)]
    public void Relocation_names_must_leave_room_for_the_nul(int length, bool fits)
    {
        var message = new RelocationMessage(new string('m', length), "_stext", 1);
        var buffer = new byte[300];

        Assert.Equal(fits, ControlMessageCodec.TryEncode(TransportProtocol.V4, message, buffer, out var written));
        Assert.Equal(fits ? 268 : 0, written);
        if (!fits)
        {
            Assert.Throws<ArgumentException>(() => ControlMessageCodec.Encode(TransportProtocol.V4, message));
        }
    }

    [Fact]
    public void Text_fields_with_nul_are_rejected()
    {
        Assert.False(ControlMessageCodec.TryEncode(TransportProtocol.V4, new TimeZoneInfoMessage(0, "U\0TC"), new byte[100], out _));
        Assert.False(ControlMessageCodec.TryEncode(TransportProtocol.V4, new SystemMessage("a\0b"), new byte[400], out _));
    }

    [Fact]
    public void Time_zone_name_limit_is_63_bytes()
    {
        Assert.True(ControlMessageCodec.TryEncode(TransportProtocol.V4, new TimeZoneInfoMessage(0, new string('Z', 63)), new byte[76], out _));
        Assert.False(ControlMessageCodec.TryEncode(TransportProtocol.V4, new TimeZoneInfoMessage(0, new string('Z', 64)), new byte[76], out _));
    }

    [Fact]
    public void System_command_limit_is_383_bytes()
    {
        Assert.Equal(388, ControlMessageCodec.Encode(TransportProtocol.V4, new SystemMessage(new string('c', 383))).Length);
        Assert.False(ControlMessageCodec.TryEncode(TransportProtocol.V4, new SystemMessage(new string('c', 384)), new byte[1000], out _));
    }

    [Fact]
    public void Oob_limit_is_384_bytes()
    {
        Assert.Equal(388, ControlMessageCodec.Encode(TransportProtocol.V4, new OutOfBandDataMessage(new string('w', 384))).Length);
        Assert.False(ControlMessageCodec.TryEncode(TransportProtocol.V4, new OutOfBandDataMessage(new string('w', 385)), new byte[1000], out _));
    }

    [Fact]
    public void Mount_namespace_fds_do_not_exist_in_v4()
    {
        Assert.False(ControlMessageCodec.TryEncode(TransportProtocol.V4, new MountNamespaceFdsMessage(1, 2), new byte[100], out _));
        Assert.Throws<ArgumentException>(() => ControlMessageCodec.Encode(TransportProtocol.V4, new MountNamespaceFdsMessage(1, 2)));
    }

    [Fact]
    public void Destination_too_small_fails_without_throwing()
    {
        Assert.False(ControlMessageCodec.TryEncode(TransportProtocol.V4, new StartMessage(1), new byte[11], out var written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void Other_version_number_is_reported_as_a_version_mismatch()
    {
        var v5Transport = GoldenFrame.Type(84).ToArray();

        var error = ControlMessageCodec.Validate(TransportProtocol.V4, v5Transport);

        Assert.NotNull(error);
        Assert.Contains("STP_TRANSPORT in protocol V5", error);
    }

    [Theory]
    [InlineData(17u)]
    [InlineData(19u)]
    [InlineData(1000u)]
    [InlineData(uint.MaxValue)]
    public void Sentinel_and_unknown_numbers_do_not_decode_in_v4(uint type)
    {
        Assert.False(ControlMessageCodec.TryDecode(TransportProtocol.V4, GoldenFrame.Type(type).ToArray(), out var message));
        Assert.Null(message);
        Assert.Throws<InvalidDataException>(() => ControlMessageCodec.Decode(TransportProtocol.V4, GoldenFrame.Type(type).ToArray()));
    }

    [Fact]
    public void Unterminated_fixed_field_is_rejected()
    {
        var frame = GoldenFrame.Type(14, 72).Fill(8, 64, (byte)'A').ToArray();

        Assert.False(ControlMessageCodec.TryDecode(TransportProtocol.V4, frame, out _));
        Assert.Contains("NUL", ControlMessageCodec.Validate(TransportProtocol.V4, frame));
    }

    [Fact]
    public void Payload_on_a_message_without_payload_is_rejected()
    {
        Assert.False(ControlMessageCodec.TryDecode(TransportProtocol.V4, GoldenFrame.Type(1, 1).ToArray(), out _));
    }

    [Fact]
    public void Every_truncation_of_a_fixed_frame_fails_cleanly()
    {
        foreach (var vector in GoldenVectors.All())
        {
            var info = ControlMessageTable.GetInfo(vector.Protocol, vector.Message.Kind);
            for (var length = 0; length < vector.Frame.Length; length++)
            {
                var prefix = vector.Frame.AsSpan(0, length).ToArray();
                var ok = ControlMessageCodec.TryDecode(vector.Protocol, prefix, out _);
                if (length < 4 || (!info.IsVariableLength && info.Kind is not ControlMessageKind.Bulk and not ControlMessageKind.Relocation))
                {
                    Assert.False(ok, $"{vector} truncated to {length} decoded");
                }

                AssertOnlyInvalidData(vector.Protocol, prefix);
            }
        }
    }

    [Fact]
    public void Random_frames_never_throw_unexpectedly()
    {
        var random = new Random(20261126);
        for (var i = 0; i < 20000; i++)
        {
            var frame = new byte[random.Next(0, 420)];
            random.NextBytes(frame);
            if (frame.Length >= 4 && random.Next(4) != 0)
            {
                // Bias towards known type numbers so the payload decoders are exercised too.
                var type = (uint)random.Next(0, 20) + (random.Next(2) == 0 ? 0u : 0x50u);
                BitConverter.TryWriteBytes(frame, type);
            }

            foreach (var protocol in new[] { TransportProtocol.V4, TransportProtocol.V5 })
            {
                ControlMessageCodec.TryDecode(protocol, frame, out _);
                AssertOnlyInvalidData(protocol, frame);
            }
        }
    }

    [Fact]
    public void Invalid_utf8_text_is_decoded_with_replacement_characters()
    {
        var frame = GoldenFrame.Type(2, 3).Fill(0, 3, 0xFF).ToArray();

        var message = Assert.IsType<OutOfBandDataMessage>(ControlMessageCodec.Decode(TransportProtocol.V4, frame));

        Assert.Equal(3, message.Text.Count(c => c == '\uFFFD'));
    }

    private static void AssertOnlyInvalidData(TransportProtocol protocol, byte[] frame)
    {
        try
        {
            ControlMessageCodec.Decode(protocol, frame);
        }
        catch (InvalidDataException)
        {
        }
    }
}
