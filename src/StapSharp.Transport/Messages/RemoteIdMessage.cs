namespace StapSharp.Transport;

/// <summary>
/// <c>STP_REMOTE_ID</c> (<c>struct _stp_msg_remote_id</c>, 132 bytes): the values of <c>remote_id()</c> and
/// <c>remote_uri()</c> for <c>stap --remote</c>. Root only.
/// </summary>
/// <param name="RemoteId">The remote index.</param>
/// <param name="RemoteUri">The remote URI; at most 127 UTF-8 bytes.</param>
public sealed record RemoteIdMessage(int RemoteId, string RemoteUri) : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.RemoteId;
}
