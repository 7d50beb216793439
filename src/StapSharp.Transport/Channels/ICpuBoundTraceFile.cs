namespace StapSharp.Transport;

/// <summary>
/// A trace file read on the CPU whose buffer it is (<see cref="CpuPinnedReader"/>). No probe can be half-way through
/// writing a record on that CPU while its reader runs there, so an empty read proves that every record numbered
/// before the ones already read elsewhere is not in this file. Without that guarantee an empty read proves nothing
/// and <see cref="TraceChannelReader"/> waits for the ordering timeout instead.
/// </summary>
internal interface ICpuBoundTraceFile : ITraceFile
{
}
