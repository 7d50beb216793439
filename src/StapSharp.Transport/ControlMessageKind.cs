namespace StapSharp.Transport;

/// <summary>
/// The protocol-independent identity of a control message (an <c>STP_*</c> constant). The value on the wire
/// depends on the <see cref="TransportProtocol"/>; look it up in <see cref="ControlMessageTable"/>.
/// </summary>
/// <remarks>The enum values are stable identifiers, not wire numbers; they are never renumbered.</remarks>
public enum ControlMessageKind
{
    /// <summary><c>STP_START</c>: start probes (request) or the start result (reply).</summary>
    Start = 0,

    /// <summary><c>STP_EXIT</c>: request shut-down (user to module) or shut-down finished (module to user).</summary>
    Exit = 1,

    /// <summary><c>STP_OOB_DATA</c>: a warning or error text from the module.</summary>
    OutOfBandData = 2,

    /// <summary><c>STP_SYSTEM</c>: the script asks user space to run a command.</summary>
    System = 3,

    /// <summary><c>STP_TRANSPORT</c>: the module is loaded and waits for <c>STP_START</c>.</summary>
    Transport = 4,

    /// <summary><c>STP_CONNECT</c>: never used.</summary>
    Connect = 5,

    /// <summary><c>STP_DISCONNECT</c>: never used.</summary>
    Disconnect = 6,

    /// <summary><c>STP_BULK</c>: asks whether the module was built for bulk (per-CPU) output.</summary>
    Bulk = 7,

    /// <summary><c>STP_READY</c>: first message of a session; accepted and ignored.</summary>
    Ready = 8,

    /// <summary><c>STP_RELOCATION</c>: a kernel symbol or module section address (root only).</summary>
    Relocation = 9,

    /// <summary><c>STP_BUF_INFO</c>: obsolete.</summary>
    BufferInfo = 10,

    /// <summary><c>STP_SUBBUFS_CONSUMED</c>: obsolete.</summary>
    SubBuffersConsumed = 11,

    /// <summary><c>STP_REALTIME_DATA</c>: only for the removed transport version 1.</summary>
    RealtimeData = 12,

    /// <summary><c>STP_REQUEST_EXIT</c>: the script called <c>exit()</c>; user space answers with <c>STP_EXIT</c>.</summary>
    RequestExit = 13,

    /// <summary><c>STP_TZINFO</c>: the local time zone (root only).</summary>
    TimeZoneInfo = 14,

    /// <summary><c>STP_PRIVILEGE_CREDENTIALS</c>: the user's privilege bits (root only).</summary>
    PrivilegeCredentials = 15,

    /// <summary><c>STP_REMOTE_ID</c>: values for <c>remote_id()</c>/<c>remote_uri()</c> (root only).</summary>
    RemoteId = 16,

    /// <summary><c>STP_MAX_CMD</c> (4.x sentinel) / <c>STP_MAX_CMD_PLACEHOLDER</c> (5.x): not a message; modules reject it.</summary>
    MaxCommand = 17,

    /// <summary><c>STP_NAMESPACES_PID</c>: the pid whose namespaces the script uses.</summary>
    NamespacesPid = 18,

    /// <summary><c>STP_MNT_NS_FDS</c> (5.x only): mount-namespace file descriptors of the target and of the writer.</summary>
    MountNamespaceFds = 19,
}
