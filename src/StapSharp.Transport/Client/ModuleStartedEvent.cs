namespace StapSharp.Transport;

/// <summary>The module answered <c>STP_START</c> with success: <c>begin</c> probes have run.</summary>
/// <param name="Mode">Normal (merged) or bulk (per-CPU) output.</param>
/// <param name="CpuCount">The number of trace files (CPUs) being read.</param>
public sealed record ModuleStartedEvent(TraceOutputMode Mode, int CpuCount) : ModuleEvent;
