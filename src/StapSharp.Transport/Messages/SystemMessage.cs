namespace StapSharp.Transport;

/// <summary>
/// <c>STP_SYSTEM</c>: the script called <c>system(cmd)</c>. The payload is the command and a NUL, at most 384 bytes.
/// </summary>
/// <param name="Command">The command text (at most 383 UTF-8 bytes).</param>
public sealed record SystemMessage(string Command) : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.System;
}
