namespace StapSharp.Transport;

/// <summary>
/// <c>STP_PRIVILEGE_CREDENTIALS</c> (<c>struct _stp_msg_privilege_credentials</c>, 4 bytes): the user's privilege
/// bits. The module starts only if they include its compiled-in level. Root only; root sends <see cref="StapPrivileges.All"/>.
/// </summary>
/// <param name="Privileges">The <c>pc_group_mask</c> bits.</param>
public sealed record PrivilegeCredentialsMessage(StapPrivileges Privileges) : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.PrivilegeCredentials;
}
