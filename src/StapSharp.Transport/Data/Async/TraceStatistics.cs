namespace StapSharp.Transport;

/// <summary>What the data channel lost or skipped during a session.</summary>
/// <param name="JunkBytes">Garbage bytes skipped between records.</param>
/// <param name="SkippedSequences">Sequence numbers that never arrived (lost records).</param>
/// <param name="TruncatedBytes">Bytes at the end that did not form a whole record.</param>
public sealed record TraceStatistics(long JunkBytes, long SkippedSequences, long TruncatedBytes);
