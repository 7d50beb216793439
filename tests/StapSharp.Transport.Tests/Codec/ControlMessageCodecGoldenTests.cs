using System;
using System.Collections.Generic;
using System.Linq;

namespace StapSharp.Transport.Tests;

public sealed class ControlMessageCodecGoldenTests
{
    public static IEnumerable<object[]> Vectors() => GoldenVectors.All().Select(v => new object[] { v });

    [Theory]
    [MemberData(nameof(Vectors))]
    internal void Encode_matches_golden_bytes(GoldenVectors.Vector vector)
    {
        var frame = ControlMessageCodec.Encode(vector.Protocol, vector.Message);

        Assert.Equal(Convert.ToHexString(vector.Frame), Convert.ToHexString(frame));
        Assert.Equal(vector.Frame.Length, ControlMessageCodec.GetEncodedLength(vector.Protocol, vector.Message));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    internal void Decode_of_golden_bytes_gives_the_message(GoldenVectors.Vector vector)
    {
        Assert.True(ControlMessageCodec.TryDecode(vector.Protocol, vector.Frame, out var message));
        Assert.Equal(vector.Message, message);
        Assert.Equal(vector.Message, ControlMessageCodec.Decode(vector.Protocol, vector.Frame));
    }

    [Fact]
    public void Every_message_of_both_versions_has_a_golden_vector()
    {
        foreach (var protocol in new[] { TransportProtocol.V4, TransportProtocol.V5 })
        {
            var covered = GoldenVectors.All().Where(v => v.Protocol == protocol).Select(v => v.Message.Kind).ToHashSet();
            var expected = ControlMessageTable.GetMessages(protocol).Select(i => i.Kind).Where(k => k != ControlMessageKind.MaxCommand);
            Assert.All(expected, kind => Assert.Contains(kind, covered));
        }
    }

    [Fact]
    public void Table_numbers_match_the_reference()
    {
        var v4 = ControlMessageTable.GetMessages(TransportProtocol.V4).ToDictionary(i => i.Name, i => i.TypeNumber);
        var v5 = ControlMessageTable.GetMessages(TransportProtocol.V5).ToDictionary(i => i.Name, i => i.TypeNumber);
        string[] names =
        [
            "STP_START", "STP_EXIT", "STP_OOB_DATA", "STP_SYSTEM", "STP_TRANSPORT", "STP_CONNECT", "STP_DISCONNECT", "STP_BULK",
            "STP_READY", "STP_RELOCATION", "STP_BUF_INFO", "STP_SUBBUFS_CONSUMED", "STP_REALTIME_DATA", "STP_REQUEST_EXIT",
            "STP_TZINFO", "STP_PRIVILEGE_CREDENTIALS", "STP_REMOTE_ID",
        ];
        for (var i = 0; i < names.Length; i++)
        {
            Assert.Equal((uint)i, v4[names[i]]);
            Assert.Equal((uint)(0x50 + i), v5[names[i]]);
        }

        Assert.Equal(17u, v4["STP_MAX_CMD"]);
        Assert.Equal(97u, v5["STP_MAX_CMD_PLACEHOLDER"]);
        Assert.Equal(18u, v4["STP_NAMESPACES_PID"]);
        Assert.Equal(98u, v5["STP_NAMESPACES_PID"]);
        Assert.Equal(99u, v5["STP_MNT_NS_FDS"]);
        Assert.False(v4.ContainsKey("STP_MNT_NS_FDS"));
        Assert.Equal(19, v4.Count);
        Assert.Equal(20, v5.Count);
    }

    [Fact]
    public void Legacy_136_byte_relocation_is_decoded()
    {
        var frame = GoldenFrame.Type(9, 136).Text(0, "kernel").Text(64, "_stext").Int(128, 0x1000, 8).ToArray();

        var message = ControlMessageCodec.Decode(TransportProtocol.V4, frame);

        Assert.Equal(new RelocationMessage("kernel", "_stext", 0x1000), message);
    }

    [Fact]
    public void Oob_text_with_trailing_nul_stops_at_the_nul()
    {
        // The canned "too many pending" messages include their NUL.
        var frame = GoldenFrame.Type(2, 10).Text(0, "ERROR: x\n").ToArray();

        var message = Assert.IsType<OutOfBandDataMessage>(ControlMessageCodec.Decode(TransportProtocol.V4, frame));

        Assert.Equal("ERROR: x\n", message.Text);
        Assert.Equal(OutOfBandSeverity.Error, message.Severity);
    }
}
