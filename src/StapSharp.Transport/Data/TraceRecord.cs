using System;

namespace StapSharp.Transport;

/// <summary>One output record: everything one probe handler printed, with its global sequence number.</summary>
public readonly struct TraceRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="cpu">The CPU whose trace file held the record.</param>
    /// <param name="sequence">The global sequence number (first record 1, wraps at 2^32).</param>
    /// <param name="payload">The printed bytes.</param>
    public TraceRecord(int cpu, uint sequence, ReadOnlyMemory<byte> payload)
    {
        Cpu = cpu;
        Sequence = sequence;
        Payload = payload;
    }

    /// <summary>The CPU whose trace file held the record.</summary>
    public int Cpu { get; }

    /// <summary>The global sequence number; it orders records across CPUs.</summary>
    public uint Sequence { get; }

    /// <summary>The printed bytes (the header is not included).</summary>
    public ReadOnlyMemory<byte> Payload { get; }

    /// <inheritdoc />
    public override string ToString() => $"cpu{Cpu} #{Sequence} ({Payload.Length} bytes)";
}
