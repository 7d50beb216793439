using System.Collections.Generic;
using System.Linq;

namespace StapSharp.Transport.Tests;

public sealed class ControlMessageCodecRoundTripTests
{
    public static IEnumerable<object[]> Messages()
    {
        ControlMessage[] messages =
        [
            new StartMessage(0), new StartMessage(int.MaxValue, int.MinValue), new StartMessage(-1, -1),
            new ExitMessage(), new TransportMessage(), new ReadyMessage(), new RequestExitMessage(), new BulkMessage(),
            new OutOfBandDataMessage(string.Empty), new OutOfBandDataMessage("ERROR: überlauf\n"), new OutOfBandDataMessage(new string('x', 384)),
            new SystemMessage(string.Empty), new SystemMessage("logger -t stap 'ü'"),
            new RelocationMessage("kernel", "kallsyms_lookup_name", ulong.MaxValue), new RelocationMessage("ext4", ".text", 0),
            new RelocationMessage(new string('m', 127), new string('s', 127), 42),
            new TimeZoneInfoMessage(long.MinValue, string.Empty), new TimeZoneInfoMessage(18000, "EST"),
            new PrivilegeCredentialsMessage(StapPrivileges.StapUsr), new PrivilegeCredentialsMessage((StapPrivileges)(-1)),
            new RemoteIdMessage(-1, new string('u', 127)), new NamespacesPidMessage(0), new NamespacesPidMessage(-5),
        ];
        foreach (var protocol in new[] { TransportProtocol.V4, TransportProtocol.V5 })
        {
            foreach (var m in messages)
            {
                yield return [protocol, m];
            }
        }

        yield return [TransportProtocol.V5, new MountNamespaceFdsMessage(-1, int.MaxValue)];
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Encode_then_decode_gives_an_equal_message(TransportProtocol protocol, ControlMessage message)
    {
        var frame = ControlMessageCodec.Encode(protocol, message);

        Assert.Equal(message, ControlMessageCodec.Decode(protocol, frame));
        Assert.True(frame.Length <= TransportLimits.MinimumReadSize || message is RelocationMessage or TimeZoneInfoMessage or RemoteIdMessage);
    }

    [Fact]
    public void Round_trip_keeps_the_wire_bytes()
    {
        foreach (var vector in GoldenVectors.All().Where(v => v.Message is not BulkMessage))
        {
            var decoded = ControlMessageCodec.Decode(vector.Protocol, vector.Frame);
            Assert.Equal(vector.Frame, ControlMessageCodec.Encode(vector.Protocol, decoded));
        }
    }
}
