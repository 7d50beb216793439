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
/// when its length is between 1 and <see cref="TraceRecordFormat.MaxPayloadLength"/> and its sequence number is
/// later than the previous record of this file; otherwise the parser advances one byte and tries again.
/// <c>stapio</c> 4.8 instead throws away up to 128 KiB after a bad header; scanning loses less output.
/// </para>
/// </remarks>
public sealed class TraceRecordParser
{
    // How far ahead of the previous record a 4.x sequence number may plausibly be (other CPUs fill the gap).
    private const uint MaxSequenceGap = 1u << 24;

    private readonly TransportProtocol _protocol;
    private readonly int _headerSize;
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;
    private bool _hasPrevious;
    private uint _previousSequence;
    private bool _inJunk;

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

    /// <summary>Returns the next complete record, if there is one.</summary>
    /// <param name="record">The record.</param>
    /// <returns>False when more bytes are needed.</returns>
    public bool TryRead(out TraceRecord record)
    {
        while (true)
        {
            var available = _buffer.AsSpan(_start, _end - _start);
            if (_protocol == TransportProtocol.V5 && !SkipToMagic(ref available))
            {
                record = default;
                return false;
            }

            if (available.Length < _headerSize)
            {
                record = default;
                return false;
            }

            var sequence = BinaryPrimitives.ReadUInt32LittleEndian(available.Slice(_headerSize - 8));
            var length = BinaryPrimitives.ReadUInt32LittleEndian(available.Slice(_headerSize - 4));
            if (!IsPlausible(sequence, length))
            {
                SkipJunk(1);
                continue;
            }

            if (available.Length < _headerSize + (int)length)
            {
                record = default;
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

    private bool IsPlausible(uint sequence, uint length)
    {
        if (length == 0 || length > TraceRecordFormat.MaxPayloadLength)
        {
            return false;
        }

        // 5.x headers are found by their magic; the sequence check only guards 4.x against garbage.
        if (_protocol == TransportProtocol.V5 || !_hasPrevious)
        {
            return true;
        }

        var gap = unchecked(sequence - _previousSequence);
        return gap != 0 && gap <= MaxSequenceGap;
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
