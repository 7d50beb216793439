using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace StapSharp.Transport;

/// <summary>
/// Reads a module's per-CPU trace files concurrently, parses their records and delivers them as an async stream:
/// merged in sequence order in normal mode, per CPU as they arrive in bulk mode. Call <see cref="Complete"/> once the
/// module has flushed (after its <c>STP_EXIT</c> reply); the stream then ends when every file is drained.
/// </summary>
public sealed class TraceChannelReader
{
    private const int ReadBufferSize = 64 * 1024;

    private readonly TransportProtocol _protocol;
    /// <summary>Records read from the files but not yet taken by the consumer, at most (bounded memory).</summary>
    internal const int PendingRecordCapacity = 128;

    private readonly IReadOnlyList<ITraceFile> _files;
    private readonly TraceReaderOptions _options;
    private readonly TraceRecordParser[] _parsers;
    private readonly TraceRecordMerger _merger;

    // Evidence for declaring a missing sequence number lost (see ProvenLost): a global ticket counter stamps
    // reads; per file, the highest sequence number read and the ticket taken before its latest empty read.
    private readonly Dictionary<int, uint> _highestSequenceByCpu = [];
    private readonly long[] _emptyReadTicket;
    private readonly long[] _emptyReadSnapshot;
    private readonly Dictionary<uint, long> _arrivalTicket = [];
    private readonly bool _emptyReadsProveAbsence;
    private long _ticket;
    private volatile bool _completeRequested;
    private int _started;

    /// <summary>Creates a reader over the given files.</summary>
    /// <param name="protocol">The protocol version (decides the record header).</param>
    /// <param name="files">One file per CPU.</param>
    /// <param name="options">Settings, or null for <see cref="TraceReaderOptions.Default"/>.</param>
    public TraceChannelReader(TransportProtocol protocol, IReadOnlyList<ITraceFile> files, TraceReaderOptions? options)
    {
        _protocol = protocol;
        _files = files ?? throw new ArgumentNullException(nameof(files));
        _options = options ?? TraceReaderOptions.Default;
        _parsers = files.Select(f => new TraceRecordParser(protocol, f.Cpu)).ToArray();
        _merger = new TraceRecordMerger(_options.FirstSequence);
        _emptyReadTicket = Enumerable.Repeat(long.MinValue, files.Count).ToArray();
        _emptyReadSnapshot = new long[files.Count];
        _emptyReadsProveAbsence = files.All(f => f is ICpuBoundTraceFile);
    }

    /// <summary>Junk bytes skipped in all files so far.</summary>
    public long JunkBytes => _parsers.Sum(p => p.JunkBytes);

    /// <summary>Sequence numbers that never arrived (lost records), in normal mode.</summary>
    public long SkippedSequences => _merger.SkippedSequences;

    /// <summary>Bytes left over at the end that did not form a whole record.</summary>
    public long TruncatedBytes { get; private set; }

    /// <summary>Signals that no more data will be produced; the stream ends once every file is drained.</summary>
    public void Complete() => _completeRequested = true;

    /// <summary>Streams the payload bytes of every record, in output order.</summary>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The payloads.</returns>
    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadBytesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in ReadRecordsAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return record.Payload;
        }
    }

    /// <summary>Streams the output as UTF-8 lines without their <c>\n</c>; a last unterminated line is returned at the end.</summary>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The lines.</returns>
    public async IAsyncEnumerable<string> ReadLinesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pending = new List<byte>();
        await foreach (var record in ReadRecordsAsync(cancellationToken).ConfigureAwait(false))
        {
            var span = record.Payload.ToArray();
            var lineStart = 0;
            for (var i = 0; i < span.Length; i++)
            {
                if (span[i] != (byte)'\n')
                {
                    continue;
                }

                pending.AddRange(new ArraySegment<byte>(span, lineStart, i - lineStart));
                yield return Encoding.UTF8.GetString(pending.ToArray());
                pending.Clear();
                lineStart = i + 1;
            }

            pending.AddRange(new ArraySegment<byte>(span, lineStart, span.Length - lineStart));
        }

        if (pending.Count > 0)
        {
            yield return Encoding.UTF8.GetString(pending.ToArray());
        }
    }

    /// <summary>Streams the records: in sequence order in normal mode, in arrival order in bulk mode. Can be enumerated once.</summary>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The records.</returns>
    public async IAsyncEnumerable<TraceRecord> ReadRecordsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("The trace files can be read only once.");
        }

        // Bounded: readers wait while the consumer is behind, so a slow consumer leaves the data in the kernel's
        // relay buffers (where the module counts what it loses) instead of in this process's memory.
        var channel = Channel.CreateBounded<(TraceRecord Record, long Ticket)>(
            new BoundedChannelOptions(PendingRecordCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pumps = _files.Select((file, i) => Task.Run(() => PumpAsync(i, file, _parsers[i], channel.Writer, stop.Token), stop.Token)).ToArray();
        var allDone = Task.WhenAll(pumps).ContinueWith(
            t => channel.Writer.TryComplete(t.Exception?.GetBaseException()),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        try
        {
            var reader = channel.Reader;
            var sinceProgress = Stopwatch.StartNew();
            Task<bool>? wait = null;
            while (true)
            {
                while (reader.TryRead(out var item))
                {
                    if (_options.Mode == TraceOutputMode.Bulk)
                    {
                        yield return item.Record;
                    }
                    else
                    {
                        Accept(item);
                    }
                }

                while (TryTakeNext(out var next))
                {
                    sinceProgress.Restart();
                    yield return next;
                }

                if (reader.Completion.IsCompleted)
                {
                    // Everything was read: release what is left, in order, counting the holes.
                    while (TryTakeOldest(out var rest))
                    {
                        yield return rest;
                    }

                    await reader.Completion.ConfigureAwait(false);
                    break;
                }

                if (_merger.Count > 0 && (GapProvenLost(reader) || sinceProgress.Elapsed >= _options.OrderingTimeout))
                {
                    if (TryTakeOldest(out var overdue))
                    {
                        sinceProgress.Restart();
                        yield return overdue;
                    }

                    continue;
                }

                wait ??= reader.WaitToReadAsync(stop.Token).AsTask();
                if (_merger.Count > 0)
                {
                    // Wake up to re-check the evidence (empty reads do not signal the channel) or for the timeout.
                    var remaining = _options.OrderingTimeout - sinceProgress.Elapsed;
                    var recheck = remaining < _options.PollInterval ? remaining : _options.PollInterval;
                    await Task.WhenAny(wait, Task.Delay(recheck > TimeSpan.Zero ? recheck : TimeSpan.Zero, stop.Token)).ConfigureAwait(false);
                }
                else
                {
                    await wait.ConfigureAwait(false);
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (wait.IsCompleted)
                {
                    wait = null;
                }
            }
        }
        finally
        {
            stop.Cancel();
            try
            {
                await allDone.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            TruncatedBytes = _parsers.Sum(p => (long)p.BufferedBytes);
        }
    }

    private async Task PumpAsync(int index, ITraceFile file, TraceRecordParser parser, ChannelWriter<(TraceRecord, long)> writer, CancellationToken cancellationToken)
    {
        var buffer = new byte[ReadBufferSize];
        while (true)
        {
            // Read the flag before reading: an empty read that started after completion proves the file is drained.
            var wasComplete = _completeRequested;
            var before = Interlocked.Increment(ref _ticket);
            var count = await file.ReadAsync(buffer, _options.PollInterval, cancellationToken).ConfigureAwait(false);
            if (count > 0)
            {
                var after = Interlocked.Increment(ref _ticket);
                parser.Append(buffer.AsSpan(0, count));
                await PublishAsync(parser, writer, after, cancellationToken).ConfigureAwait(false);
            }
            else if (wasComplete)
            {
                // Drained: let a pending resynchronisation decide with the bytes that are left.
                parser.Complete();
                await PublishAsync(parser, writer, Interlocked.Increment(ref _ticket), cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _emptyReadTicket[index], long.MaxValue);
                return;
            }
            else
            {
                Volatile.Write(ref _emptyReadTicket[index], before);
            }
        }
    }

    private static async ValueTask PublishAsync(TraceRecordParser parser, ChannelWriter<(TraceRecord, long)> writer, long ticket, CancellationToken cancellationToken)
    {
        // The pump's next read (and so its next empty-read mark) waits until every record is in the channel.
        while (parser.TryRead(out var record))
        {
            await writer.WriteAsync((record, ticket), cancellationToken).ConfigureAwait(false);
        }
    }

    private void Accept((TraceRecord Record, long Ticket) item)
    {
        _arrivalTicket[item.Record.Sequence] = item.Ticket;
        _highestSequenceByCpu[item.Record.Cpu] = item.Record.Sequence;
        _merger.Add(item.Record);
    }

    /// <summary>
    /// Looks at the evidence (<see cref="ProvenLost"/>) after taking in what the readers have already sent: the
    /// empty-read marks are read first, so every record a reader sent before its empty read is merged by then.
    /// </summary>
    private bool GapProvenLost(ChannelReader<(TraceRecord Record, long Ticket)> reader)
    {
        // Checked on every wake-up while a record waits: one array for the reader's lifetime (consumer-only).
        var emptyReads = _emptyReadSnapshot;
        for (var i = 0; i < emptyReads.Length; i++)
        {
            emptyReads[i] = Volatile.Read(ref _emptyReadTicket[i]);
        }

        while (reader.TryRead(out var item))
        {
            Accept(item);
        }

        return !_merger.TryPeekNext() && ProvenLost(emptyReads);
    }

    /// <summary>
    /// Whether the next expected record can no longer arrive, so the records waiting behind it may go out now.
    /// Each CPU writes its records in increasing sequence order, so a file that has already produced a later
    /// number cannot still hold the missing one; neither can a file that was read empty by a read that started
    /// after the oldest waiting record had been read (the missing record was written before that one), when
    /// every file is read on its own CPU (<see cref="ICpuBoundTraceFile"/>). Without
    /// this proof a record waits up to <see cref="TraceReaderOptions.OrderingTimeout"/>: a slow reader on a
    /// loaded machine must not reorder the output, a lost record must not stall it.
    /// </summary>
    private bool ProvenLost(long[] emptyReads)
    {
        if (!_merger.TryPeekOldest(out var oldest) || !_arrivalTicket.TryGetValue(oldest.Sequence, out var arrived))
        {
            return false;
        }

        var missing = _merger.NextSequence;
        for (var i = 0; i < _files.Count; i++)
        {
            var movedPast = _highestSequenceByCpu.TryGetValue(_files[i].Cpu, out var highest) && unchecked((int)(highest - missing)) > 0;
            var readEmptySince = _emptyReadsProveAbsence && emptyReads[i] > arrived;
            if (!movedPast && !readEmptySince)
            {
                return false;
            }
        }

        return true;
    }

    private bool TryTakeNext(out TraceRecord record)
    {
        if (!_merger.TryTakeNext(out record))
        {
            return false;
        }

        _arrivalTicket.Remove(record.Sequence);
        return true;
    }

    private bool TryTakeOldest(out TraceRecord record)
    {
        if (!_merger.TryTakeOldest(out record))
        {
            return false;
        }

        _arrivalTicket.Remove(record.Sequence);
        return true;
    }
}
