using System;

namespace StapSharp.Transport;

/// <summary>
/// <c>STP_OOB_DATA</c>: a warning or error produced by the module (text of at most 384 bytes, normally ending in a
/// newline and without NUL; its length is the length of the read).
/// </summary>
/// <param name="Text">The text, decoded as UTF-8, up to the first NUL if there is one.</param>
public sealed record OutOfBandDataMessage(string Text) : ControlMessage
{
    /// <summary>The prefix of warnings (never translated).</summary>
    public const string WarningPrefix = "WARNING: ";

    /// <summary>The prefix of errors (never translated).</summary>
    public const string ErrorPrefix = "ERROR: ";

    /// <inheritdoc />
    public override ControlMessageKind Kind => ControlMessageKind.OutOfBandData;

    /// <summary>Classifies the text by its protocol prefix.</summary>
    public OutOfBandSeverity Severity =>
        Text.StartsWith(ErrorPrefix, StringComparison.Ordinal) ? OutOfBandSeverity.Error
        : Text.StartsWith(WarningPrefix, StringComparison.Ordinal) ? OutOfBandSeverity.Warning
        : OutOfBandSeverity.Other;
}
