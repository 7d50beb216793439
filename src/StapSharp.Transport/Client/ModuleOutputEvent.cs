namespace StapSharp.Transport;

/// <summary>Script output: one record from the data channel (in sequence order in normal mode).</summary>
/// <param name="Record">The record; <see cref="TraceRecord.Payload"/> holds the printed bytes.</param>
public sealed record ModuleOutputEvent(TraceRecord Record) : ModuleEvent;
