namespace StapSharp.Transport;

/// <summary>
/// <c>STP_NAMESPACES_PID</c> (<c>struct _stp_msg_ns_pid</c>, 4 bytes): the process whose namespaces the script
/// uses (<c>stap -N</c>); values of 0 or less are ignored by the module.
/// </summary>
/// <param name="TargetPid">The pid.</param>
public sealed record NamespacesPidMessage(int TargetPid) : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.NamespacesPid;
}
