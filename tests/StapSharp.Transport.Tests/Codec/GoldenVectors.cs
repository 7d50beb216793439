using System.Collections.Generic;

namespace StapSharp.Transport.Tests;

/// <summary>
/// One expected frame per STP_* message and protocol version, written from transport.md §5 (numbers: 4.8 from 0,
/// 5.x = 4.8 + 0x50, STP_MNT_NS_FDS = 99; layouts: §5.1).
/// </summary>
internal static class GoldenVectors
{
    public sealed record Vector(string Name, TransportProtocol Protocol, ControlMessage Message, byte[] Frame)
    {
        public override string ToString() => $"{Protocol} {Name}";
    }

    public static IEnumerable<Vector> All()
    {
        foreach (var protocol in new[] { TransportProtocol.V4, TransportProtocol.V5 })
        {
            uint n(uint v4) => protocol == TransportProtocol.V4 ? v4 : v4 + 0x50;
            Vector v(string name, ControlMessage m, GoldenFrame f) => new(name, protocol, m, f.ToArray());

            yield return v("STP_START", new StartMessage(TargetPid: 4242), GoldenFrame.Type(n(0), 8).Int(0, 4242, 4));
            yield return v("STP_START reply", new StartMessage(4242, -22), GoldenFrame.Type(n(0), 8).Int(0, 4242, 4).Int(4, -22, 4));
            yield return v("STP_EXIT", new ExitMessage(), GoldenFrame.Type(n(1)));
            yield return v("STP_OOB_DATA", new OutOfBandDataMessage("WARNING: x\n"), GoldenFrame.Type(n(2), 11).Text(0, "WARNING: x\n"));
            yield return v("STP_SYSTEM", new SystemMessage("echo hi"), GoldenFrame.Type(n(3), 8).Text(0, "echo hi"));
            yield return v("STP_TRANSPORT", new TransportMessage(), GoldenFrame.Type(n(4)));
            yield return v("STP_CONNECT", new ConnectMessage(), GoldenFrame.Type(n(5)));
            yield return v("STP_DISCONNECT", new DisconnectMessage(), GoldenFrame.Type(n(6)));
            yield return v("STP_BULK", new BulkMessage(), GoldenFrame.Type(n(7), 128));
            yield return v("STP_READY", new ReadyMessage(), GoldenFrame.Type(n(8)));
            yield return v("STP_RELOCATION", new RelocationMessage("kernel", "_stext", 0xffffffff81000000),
                GoldenFrame.Type(n(9), 264).Text(0, "kernel").Text(128, "_stext").Int(256, unchecked((long)0xffffffff81000000), 8));
            yield return v("STP_BUF_INFO", new BufferInfoMessage(), GoldenFrame.Type(n(10)));
            yield return v("STP_SUBBUFS_CONSUMED", new SubBuffersConsumedMessage(), GoldenFrame.Type(n(11)));
            yield return v("STP_REALTIME_DATA", new RealtimeDataMessage(), GoldenFrame.Type(n(12)));
            yield return v("STP_REQUEST_EXIT", new RequestExitMessage(), GoldenFrame.Type(n(13)));
            yield return v("STP_TZINFO", new TimeZoneInfoMessage(-3600, "CET"), GoldenFrame.Type(n(14), 72).Int(0, -3600, 8).Text(8, "CET"));
            yield return v("STP_PRIVILEGE_CREDENTIALS", new PrivilegeCredentialsMessage(StapPrivileges.All), GoldenFrame.Type(n(15), 4).Int(0, 0xE, 4));
            yield return v("STP_REMOTE_ID", new RemoteIdMessage(3, "ssh://host"), GoldenFrame.Type(n(16), 132).Int(0, 3, 4).Text(4, "ssh://host"));
            yield return v("STP_NAMESPACES_PID", new NamespacesPidMessage(1), GoldenFrame.Type(n(18), 4).Int(0, 1, 4));
            if (protocol == TransportProtocol.V5)
            {
                yield return v("STP_MNT_NS_FDS", new MountNamespaceFdsMessage(5, 6), GoldenFrame.Type(99, 8).Int(0, 5, 4).Int(4, 6, 4));
            }
        }
    }
}
