namespace StapSharp.Transport;

/// <summary><c>STP_REQUEST_EXIT</c> (no payload): the script called <c>exit()</c> or hit its error limit; answer with <see cref="ExitMessage"/>.</summary>
public sealed record RequestExitMessage : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.RequestExit;
}
