namespace StapSharp.Transport;

/// <summary>A warning, error or other text the module sent with <c>STP_OOB_DATA</c> (stapio prints these on stderr).</summary>
/// <param name="Severity">Warning, error or other, from the text's prefix.</param>
/// <param name="Text">The text as sent, normally ending in a newline.</param>
public sealed record OutOfBandEvent(OutOfBandSeverity Severity, string Text) : ModuleEvent;
