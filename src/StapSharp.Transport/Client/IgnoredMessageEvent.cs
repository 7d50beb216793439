namespace StapSharp.Transport;

/// <summary>A control frame the client did not act on (unknown, malformed or unexpected), like stapio's "Ignored message of type N".</summary>
/// <param name="TypeNumber">The frame's type number.</param>
/// <param name="Reason">Why it was ignored.</param>
public sealed record IgnoredMessageEvent(uint TypeNumber, string Reason) : ModuleEvent;
