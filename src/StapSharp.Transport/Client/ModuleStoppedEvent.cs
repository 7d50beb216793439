namespace StapSharp.Transport;

/// <summary>The <c>STP_EXIT</c> handshake finished and all output was delivered; this is the last event.</summary>
/// <param name="Reason">Who asked for the stop.</param>
/// <param name="Statistics">Data-channel loss and junk counters.</param>
public sealed record ModuleStoppedEvent(ModuleStopReason Reason, TraceStatistics Statistics) : ModuleEvent;
