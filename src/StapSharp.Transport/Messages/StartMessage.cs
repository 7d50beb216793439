namespace StapSharp.Transport;

/// <summary>
/// <c>STP_START</c> (<c>struct _stp_msg_start</c>, 8 bytes): written to start the probes, and read back with the
/// result of the module's initialisation.
/// </summary>
/// <param name="TargetPid">The target process (<c>stap -x</c>), in the writer's pid namespace; 0 for none.</param>
/// <param name="Result">In the reply: 0 on success, otherwise a negative errno. Ignored in requests.</param>
public sealed record StartMessage(int TargetPid, int Result = 0) : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.Start;
}
