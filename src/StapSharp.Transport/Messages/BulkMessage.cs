namespace StapSharp.Transport;

/// <summary><c>STP_BULK</c> (128 ignored bytes, encoded as zeros): accepted only by modules built for bulk mode (<c>stap -b</c>); others fail the write with <c>EINVAL</c>.</summary>
public sealed record BulkMessage : ControlMessage
{
    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.Bulk;
}
