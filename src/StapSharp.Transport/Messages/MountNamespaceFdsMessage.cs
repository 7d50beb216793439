namespace StapSharp.Transport;

/// <summary>
/// <c>STP_MNT_NS_FDS</c> (<c>struct _stp_msg_mnt_ns_fds</c>, 8 bytes, 5.x only): two file descriptors, valid in the
/// writer's process, opened on the target's and on the writer's own mount namespace.
/// </summary>
/// <param name="TargetFd">Descriptor of <c>/proc/PID/ns/mnt</c>.</param>
/// <param name="OriginalFd">Descriptor of <c>/proc/self/ns/mnt</c>.</param>
public sealed record MountNamespaceFdsMessage(int TargetFd, int OriginalFd) : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.MountNamespaceFds;
}
