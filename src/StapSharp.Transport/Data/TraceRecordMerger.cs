using System;
using System.Collections.Generic;

namespace StapSharp.Transport;

/// <summary>
/// Restores the global output order of records read from several CPUs: a record is released when it carries the
/// next expected sequence number. When a number never comes (the record was dropped), the caller releases the
/// oldest waiting record with <see cref="TryTakeOldest"/>, as <c>stapio</c> does after its 2-second wait.
/// </summary>
public sealed class TraceRecordMerger
{
    private readonly List<TraceRecord> _heap = [];

    /// <summary>Creates a merger that expects <paramref name="firstSequence"/> first.</summary>
    /// <param name="firstSequence">The first sequence number (1 for a fresh module).</param>
    public TraceRecordMerger(uint firstSequence)
    {
        NextSequence = firstSequence;
    }

    /// <summary>The sequence number released next.</summary>
    public uint NextSequence { get; private set; }

    /// <summary>Records waiting for an earlier sequence number.</summary>
    public int Count => _heap.Count;

    /// <summary>Sequence numbers given up on (lost records).</summary>
    public long SkippedSequences { get; private set; }

    /// <summary>Records that arrived after their turn and were released out of order.</summary>
    public long LateRecords { get; private set; }

    /// <summary>Adds a record read from any CPU.</summary>
    /// <param name="record">The record.</param>
    public void Add(TraceRecord record)
    {
        _heap.Add(record);
        var i = _heap.Count - 1;
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (Compare(_heap[i], _heap[parent]) >= 0)
            {
                break;
            }

            (_heap[i], _heap[parent]) = (_heap[parent], _heap[i]);
            i = parent;
        }
    }

    /// <summary>Takes the record with the next expected sequence number, or a late record that is already overdue.</summary>
    /// <param name="record">The record.</param>
    /// <returns>False when the next record has not arrived yet.</returns>
    public bool TryTakeNext(out TraceRecord record)
    {
        if (_heap.Count > 0 && unchecked((int)(_heap[0].Sequence - NextSequence)) <= 0)
        {
            record = Pop();
            if (record.Sequence == NextSequence)
            {
                NextSequence = unchecked(NextSequence + 1);
            }
            else
            {
                LateRecords++;
            }

            return true;
        }

        record = default;
        return false;
    }

    /// <summary>Whether <see cref="TryTakeNext"/> would return a record now.</summary>
    /// <returns>True when the next expected (or an overdue) record is waiting.</returns>
    internal bool TryPeekNext() => _heap.Count > 0 && unchecked((int)(_heap[0].Sequence - NextSequence)) <= 0;

    /// <summary>Returns the waiting record with the lowest sequence number without taking it.</summary>
    /// <param name="record">The record.</param>
    /// <returns>False when nothing is waiting.</returns>
    internal bool TryPeekOldest(out TraceRecord record)
    {
        record = _heap.Count > 0 ? _heap[0] : default;
        return _heap.Count > 0;
    }

    /// <summary>Takes the oldest waiting record even if earlier numbers are missing; they are counted as skipped.</summary>
    /// <param name="record">The record.</param>
    /// <returns>False when nothing is waiting.</returns>
    public bool TryTakeOldest(out TraceRecord record)
    {
        if (TryTakeNext(out record))
        {
            return true;
        }

        if (_heap.Count == 0)
        {
            return false;
        }

        record = Pop();
        SkippedSequences += unchecked(record.Sequence - NextSequence);
        NextSequence = unchecked(record.Sequence + 1);
        return true;
    }

    // Sequence numbers wrap, so order by signed distance rather than by value.
    private static int Compare(TraceRecord a, TraceRecord b) => unchecked((int)(a.Sequence - b.Sequence));

    private TraceRecord Pop()
    {
        var top = _heap[0];
        var last = _heap.Count - 1;
        _heap[0] = _heap[last];
        _heap.RemoveAt(last);
        var i = 0;
        while (true)
        {
            var left = (2 * i) + 1;
            if (left >= _heap.Count)
            {
                break;
            }

            var smallest = left + 1 < _heap.Count && Compare(_heap[left + 1], _heap[left]) < 0 ? left + 1 : left;
            if (Compare(_heap[smallest], _heap[i]) >= 0)
            {
                break;
            }

            (_heap[i], _heap[smallest]) = (_heap[smallest], _heap[i]);
            i = smallest;
        }

        return top;
    }
}
