using System;
using System.Linq;

namespace StapSharp.Transport.Tests;

/// <summary>Inputs found by the control-message fuzzing target (eng/fuzz.sh control), kept as regressions.</summary>
public sealed class ControlMessageCodecFuzzFindingTests
{
    // AFL: a time-zone frame whose 63-byte name is invalid UTF-8. Decoding replaces each bad byte with U+FFFD
    // (3 bytes in UTF-8), so the decoded name no longer fits the 64-byte field: Encode must say so with its
    // documented ArgumentException, never fail in another way or write a truncated field.
    [Fact]
    public void A_name_decoded_from_invalid_utf8_is_replaced_and_reencoding_reports_that_it_does_not_fit()
    {
        byte[] frame = ControlMessageCodec.Encode(TransportProtocol.V4, new TimeZoneInfoMessage(-3600, "CET"));
        const int nameOffset = 4 + 8; // type number, then the long offset, then char tz_name[64]
        frame.AsSpan(nameOffset, 63).Fill(0xE6); // lead bytes without their continuation bytes

        var decoded = Assert.IsType<TimeZoneInfoMessage>(ControlMessageCodec.Decode(TransportProtocol.V4, frame));

        Assert.Equal(-3600, decoded.SecondsWestOfUtc);
        Assert.Equal(new string('\uFFFD', 63), decoded.Name);
        Assert.False(ControlMessageCodec.TryEncode(TransportProtocol.V4, decoded, new byte[frame.Length * 4], out int written));
        Assert.Equal(0, written);
        var error = Assert.Throws<ArgumentException>(() => ControlMessageCodec.Encode(TransportProtocol.V4, decoded));
        Assert.Contains("longer than 63 UTF-8 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_of_valid_utf8_decodes_and_reencodes_to_the_same_bytes()
    {
        byte[] frame = ControlMessageCodec.Encode(TransportProtocol.V4, new TimeZoneInfoMessage(-3600, new string('é', 31)));

        var decoded = ControlMessageCodec.Decode(TransportProtocol.V4, frame);

        Assert.True(ControlMessageCodec.Encode(TransportProtocol.V4, decoded).SequenceEqual(frame));
    }
}
