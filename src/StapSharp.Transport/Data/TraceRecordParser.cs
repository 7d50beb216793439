using System;
using System.Buffers.Binary;

namespace StapSharp.Transport;

/// <summary>
/// Cuts the byte stream of one <c>trace&lt;N&gt;</c> file into <see cref="TraceRecord"/>s. Bytes may arrive in chunks of
/// any size; a record is returned once its header and whole payload are there.
/// </summary>
/// <remarks>
/// <para>5.x: bytes before a magic are skipped (zeros count as padding, anything else as junk).</para>
/// <para>
/// 4.x has no magic, and a dropped record can leave a few garbage bytes in the stream. A header is accepted only
/// when its length is between 1 and <see cref="TransportLimits.PrintBufferSize"/> and its sequence number is
/// later than the previous record of this file. Otherwise the parser looks at the next 256 offsets and resumes at the
/// header that is followed by another plausible header and has the smallest sequence step.
/// <c>stapio</c> 4.8 instead throws away up to 128 KiB after a bad header; scanning loses less output.
/// </para>
/// </remarks>
public sealed class TraceRecordParser
{
    // How far ahead of the previous record a 4.x sequence number may plausibly be (other CPUs fill the gap).
    private const uint MaxSequenceGap = 1u << 24;

    // Garbage left by a dropped 4.x record is shorter than a header; look this far for the next real one.
    private const int MaxResyncScan = 256;

    private readonly TransportProtocol _protocol;
    private readonly int _headerSize;
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;
    private bool _hasPrevious;
    private uint _previousSequence;
    private bool _inJunk;
    private bool _completed;

    /// <summary>Creates a parser for one CPU's file.</summary>
    /// <param name="protocol">The protocol version that decides the header format.</param>
    /// <param name="cpu">The CPU number stamped on the records.</param>
    public TraceRecordParser(TransportProtocol protocol, int cpu)
    {
        _protocol = protocol;
        _headerSize = TraceRecordFormat.GetHeaderSize(protocol);
        Cpu = cpu;
    }

    /// <summary>The CPU number stamped on the records.</summary>
    public int Cpu { get; }

    /// <summary>Bytes skipped because they were not a plausible record (garbage left by dropped records).</summary>
    public long JunkBytes { get; private set; }

    /// <summary>Zero bytes skipped between 5.x records (sub-buffer padding, not loss).</summary>
    public long PaddingBytes { get; private set; }

    /// <summary>How many times the parser had to resynchronise after junk.</summary>
    public int Resynchronizations { get; private set; }

    /// <summary>Bytes received but not yet returned as records.</summary>
    public int BufferedBytes => _end - _start;

    /// <summary>Adds bytes read from the file.</summary>
    /// <param name="data">The bytes.</param>
    public void Append(ReadOnlySpan<byte> data)
    {
        if (data.Length > _buffer.Length - _end)
        {
            var needed = _end - _start + data.Length;
            if (needed > _buffer.Length)
            {
                var bigger = new byte[Math.Max(needed, _buffer.Length * 2)];
                Buffer.BlockCopy(_buffer, _start, bigger, 0, _end - _start);
                _buffer = bigger;
            }
            else
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            }

            _end -= _start;
            _start = 0;
        }

        data.CopyTo(_buffer.AsSpan(_end));
        _end += data.Length;
    }

    /// <summary>Signals that no more bytes will come, so a pending resynchronisation decides with what it has.</summary>
    public void Complete() => _completed = true;

    /// <summary>Returns the next complete record, if there is one.</summary>
    /// <param name="record">The record.</param>
    /// <returns>False when more bytes are needed.</returns>
    public bool TryRead(out TraceRecord record)
    {
        record = default;
        while (true)
        {
            var available = _buffer.AsSpan(_start, _end - _start);
            if (_protocol == TransportProtocol.V5 && !SkipToMagic(ref available))
            {
                return false;
            }

            if (available.Length < _headerSize)
            {
                return false;
            }

            ReadHeader(available, out var sequence, out var length);
            if (!IsPlausible(sequence, length, _hasPrevious, _previousSequence))
            {
                if (_protocol == TransportProtocol.V5)
                {
                    SkipJunk(1);
                    continue;
                }

                var skip = FindV4Resync(available);
                if (skip == 0)
                {
                    return false;
                }

                SkipJunk(skip);
                continue;
            }

            if (available.Length < _headerSize + (int)length)
            {
                return false;
            }

            var payload = available.Slice(_headerSize, (int)length).ToArray();
            _start += _headerSize + (int)length;
            _hasPrevious = true;
            _previousSequence = sequence;
            _inJunk = false;
            record = new TraceRecord(Cpu, sequence, payload);
            return true;
        }
    }

    private void ReadHeader(ReadOnlySpan<byte> at, out uint sequence, out uint length)
    {
        sequence = BinaryPrimitives.ReadUInt32LittleEndian(at.Slice(_headerSize - 8));
        length = BinaryPrimitives.ReadUInt32LittleEndian(at.Slice(_headerSize - 4));
    }

    private bool IsPlausible(uint sequence, uint length, bool hasPrevious, uint previous)
    {
        // 4.x modules never emit more than one print buffer per record; 5.x headers are found by their magic.
        var maxLength = _protocol == TransportProtocol.V4 ? TransportLimits.PrintBufferSize : TraceRecordFormat.MaxPayloadLength;
        if (length == 0 || length > maxLength)
        {
            return false;
        }

        if (_protocol == TransportProtocol.V5 || !hasPrevious)
        {
            return true;
        }

        var gap = unchecked(sequence - previous);
        return gap != 0 && gap <= MaxSequenceGap;
    }

    /// <summary>
    /// After a bad 4.x header, finds how many bytes to skip: among the next offsets, prefer a header whose record is
    /// followed by another plausible header (or ends the data exactly), then the smallest sequence step. Returns 0
    /// when more bytes are needed to decide.
    /// </summary>
    private int FindV4Resync(ReadOnlySpan<byte> available)
    {
        var lastOffset = Math.Min(available.Length - _headerSize, MaxResyncScan);
        int best = 0, bestRank = int.MaxValue;
        uint bestGap = uint.MaxValue;
        var undecided = false;
        for (var k = 1; k <= lastOffset; k++)
        {
            ReadHeader(available.Slice(k), out var sequence, out var length);
            if (!IsPlausible(sequence, length, _hasPrevious, _previousSequence))
            {
                continue;
            }

            var next = k + _headerSize + (int)length;
            int rank;
            if (next == available.Length)
            {
                rank = 0;
            }
            else if (next + _headerSize > available.Length)
            {
                undecided |= !_completed;
                rank = 1;
            }
            else
            {
                ReadHeader(available.Slice(next), out var nextSequence, out var nextLength);
                rank = IsPlausible(nextSequence, nextLength, true, sequence) ? 0 : 2;
            }

            var gap = _hasPrevious ? unchecked(sequence - _previousSequence) : (uint)k;
            if (gap == 1 && rank != 1)
            {
                rank = 0;
            }

            if (rank < bestRank || (rank == bestRank && gap < bestGap))
            {
                (best, bestRank, bestGap) = (k, rank, gap);
            }
        }

        // The exact next sequence number is strong evidence even when more garbage follows the record.
        if (_hasPrevious && bestGap == 1 && bestRank != 1)
        {
            return best;
        }

        if (bestRank == 0 && !undecided)
        {
            return best;
        }

        // Wait for more bytes while the window is not fully visible or a candidate's record is still incomplete.
        if (!_completed && (undecided || available.Length - _headerSize < MaxResyncScan))
        {
            return 0;
        }

        return best != 0 ? best : Math.Max(1, lastOffset);
    }

    /// <summary>Drops bytes up to the next magic; false when none is complete yet (a partial magic is kept).</summary>
    private bool SkipToMagic(ref Span<byte> available)
    {
        while (available.Length >= 4)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(available) == TraceRecordFormat.V5Magic)
            {
                return true;
            }

            if (available[0] == 0)
            {
                PaddingBytes++;
                _start++;
            }
            else
            {
                SkipJunk(1);
            }

            available = available.Slice(1);
        }

        return false;
    }

    private void SkipJunk(int count)
    {
        if (!_inJunk)
        {
            Resynchronizations++;
            _inJunk = true;
        }

        JunkBytes += count;
        _start += count;
    }
}
