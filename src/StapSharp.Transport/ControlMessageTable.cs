using System;
using System.Collections.Generic;

namespace StapSharp.Transport;

/// <summary>
/// The single source of truth for message numbers and payload sizes of every <c>STP_*</c> message in both
/// protocol versions. The codec, the client and any generated module-side header read it from here.
/// </summary>
public static class ControlMessageTable
{
    /// <summary>5.x adds this to every 4.x message number (<c>STP_START</c> = 0x50).</summary>
    public const uint V5Base = 0x50;

    private const MessageDirections ToModule = MessageDirections.ToModule;
    private const MessageDirections FromModule = MessageDirections.FromModule;
    private const MessageDirections Both = MessageDirections.ToModule | MessageDirections.FromModule;
    private const MessageDirections Unused = MessageDirections.None;

    // Kind, C name, 4.x number (-1 = absent), payload size, variable length, directions, root only.
    // 5.x numbers are the 4.x numbers + 0x50, except STP_MNT_NS_FDS which only exists in 5.x (99).
    private static readonly Row[] s_rows =
    [
        new(ControlMessageKind.Start, "STP_START", 0, 8, false, Both, false),
        new(ControlMessageKind.Exit, "STP_EXIT", 1, 0, false, Both, false),
        new(ControlMessageKind.OutOfBandData, "STP_OOB_DATA", 2, TransportLimits.ControlBufferSize, true, FromModule, false),
        new(ControlMessageKind.System, "STP_SYSTEM", 3, TransportLimits.ControlBufferSize, true, FromModule, false),
        new(ControlMessageKind.Transport, "STP_TRANSPORT", 4, 0, false, FromModule, false),
        new(ControlMessageKind.Connect, "STP_CONNECT", 5, 0, false, Unused, false),
        new(ControlMessageKind.Disconnect, "STP_DISCONNECT", 6, 0, false, Unused, false),
        new(ControlMessageKind.Bulk, "STP_BULK", 7, TransportLimits.BulkPayloadSize, false, ToModule, false),
        new(ControlMessageKind.Ready, "STP_READY", 8, 0, false, ToModule, false),
        new(ControlMessageKind.Relocation, "STP_RELOCATION", 9, 264, false, ToModule, true),
        new(ControlMessageKind.BufferInfo, "STP_BUF_INFO", 10, 0, false, Unused, false),
        new(ControlMessageKind.SubBuffersConsumed, "STP_SUBBUFS_CONSUMED", 11, 0, false, Unused, false),
        new(ControlMessageKind.RealtimeData, "STP_REALTIME_DATA", 12, 0, false, Unused, false),
        new(ControlMessageKind.RequestExit, "STP_REQUEST_EXIT", 13, 0, false, FromModule, false),
        new(ControlMessageKind.TimeZoneInfo, "STP_TZINFO", 14, 72, false, ToModule, true),
        new(ControlMessageKind.PrivilegeCredentials, "STP_PRIVILEGE_CREDENTIALS", 15, 4, false, ToModule, true),
        new(ControlMessageKind.RemoteId, "STP_REMOTE_ID", 16, 132, false, ToModule, true),
        new(ControlMessageKind.MaxCommand, "STP_MAX_CMD", 17, 0, false, Unused, false),
        new(ControlMessageKind.NamespacesPid, "STP_NAMESPACES_PID", 18, 4, false, ToModule, false),
        new(ControlMessageKind.MountNamespaceFds, "STP_MNT_NS_FDS", -1, 8, false, ToModule, false),
    ];

    private static readonly ControlMessageInfo[] s_v4 = Build(TransportProtocol.V4);
    private static readonly ControlMessageInfo[] s_v5 = Build(TransportProtocol.V5);
    private static readonly ControlMessageInfo?[] s_v4ByKind = IndexByKind(s_v4);
    private static readonly ControlMessageInfo?[] s_v5ByKind = IndexByKind(s_v5);

    /// <summary>All messages of a protocol version, ordered by type number.</summary>
    /// <param name="protocol">The protocol version.</param>
    /// <returns>The table rows.</returns>
    public static IReadOnlyList<ControlMessageInfo> GetMessages(TransportProtocol protocol) => Rows(protocol);

    /// <summary>Looks up a message kind in a protocol version.</summary>
    /// <param name="protocol">The protocol version.</param>
    /// <param name="kind">The message kind.</param>
    /// <param name="info">The row, or null when the kind does not exist in that version.</param>
    /// <returns>True when the kind exists in that version.</returns>
    public static bool TryGetInfo(TransportProtocol protocol, ControlMessageKind kind, out ControlMessageInfo? info)
    {
        var byKind = protocol == TransportProtocol.V5 ? s_v5ByKind : s_v4ByKind;
        info = (uint)kind < (uint)byKind.Length && protocol is TransportProtocol.V4 or TransportProtocol.V5 ? byKind[(int)kind] : null;
        return info is not null;
    }

    /// <summary>Looks up the row for a message kind, failing for kinds the version does not have.</summary>
    /// <param name="protocol">The protocol version.</param>
    /// <param name="kind">The message kind.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentException">The kind does not exist in that version (for example <c>STP_MNT_NS_FDS</c> in 4.x).</exception>
    public static ControlMessageInfo GetInfo(TransportProtocol protocol, ControlMessageKind kind) =>
        TryGetInfo(protocol, kind, out var info)
            ? info!
            : throw new ArgumentException($"{kind} does not exist in protocol {protocol}.", nameof(kind));

    /// <summary>Finds the message kind for a type number read from the wire.</summary>
    /// <param name="protocol">The protocol version.</param>
    /// <param name="typeNumber">The type number.</param>
    /// <param name="info">The row, or null for unknown numbers.</param>
    /// <returns>True when the number is a known message of that version.</returns>
    public static bool TryGetInfo(TransportProtocol protocol, uint typeNumber, out ControlMessageInfo? info)
    {
        // Numbers are dense from the base (0 or 0x50), so the row index is the number minus the base.
        var rows = Rows(protocol);
        var first = rows[0].TypeNumber;
        if (typeNumber >= first && typeNumber - first < (uint)rows.Length && rows[typeNumber - first].TypeNumber == typeNumber)
        {
            info = rows[typeNumber - first];
            return true;
        }

        foreach (var row in rows)
        {
            if (row.TypeNumber == typeNumber)
            {
                info = row;
                return true;
            }
        }

        info = null;
        return false;
    }

    private static ControlMessageInfo[] Rows(TransportProtocol protocol) => protocol switch
    {
        TransportProtocol.V4 => s_v4,
        TransportProtocol.V5 => s_v5,
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "Unknown transport protocol."),
    };

    private static ControlMessageInfo?[] IndexByKind(ControlMessageInfo[] rows)
    {
        var byKind = new ControlMessageInfo?[s_rows.Length];
        foreach (var row in rows)
        {
            byKind[(int)row.Kind] = row;
        }

        return byKind;
    }

    private static ControlMessageInfo[] Build(TransportProtocol protocol)
    {
        var list = new List<ControlMessageInfo>(s_rows.Length);
        foreach (var row in s_rows)
        {
            uint number;
            if (protocol == TransportProtocol.V4)
            {
                if (row.V4Number < 0)
                {
                    continue;
                }

                number = (uint)row.V4Number;
            }
            else
            {
                number = row.Kind == ControlMessageKind.MountNamespaceFds ? 99u : V5Base + (uint)row.V4Number;
            }

            // 5.x keeps the 4.x sentinel slot only as a placeholder; the sentinel itself moved to 100.
            var name = protocol == TransportProtocol.V5 && row.Kind == ControlMessageKind.MaxCommand
                ? "STP_MAX_CMD_PLACEHOLDER"
                : row.Name;
            list.Add(new ControlMessageInfo(protocol, row.Kind, name, number, row.PayloadSize, row.IsVariableLength, row.Directions, row.RequiresRoot));
        }

        return list.ToArray();
    }

    private readonly struct Row(
        ControlMessageKind kind, string name, int v4Number, int payloadSize, bool isVariableLength, MessageDirections directions, bool requiresRoot)
    {
        public ControlMessageKind Kind { get; } = kind;

        public string Name { get; } = name;

        public int V4Number { get; } = v4Number;

        public int PayloadSize { get; } = payloadSize;

        public bool IsVariableLength { get; } = isVariableLength;

        public MessageDirections Directions { get; } = directions;

        public bool RequiresRoot { get; } = requiresRoot;
    }
}
