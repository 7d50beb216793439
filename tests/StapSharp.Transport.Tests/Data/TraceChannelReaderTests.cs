using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport.Tests;

public sealed class TraceChannelReaderTests
{
    // A long ordering timeout: on a loaded machine a reader task can be late by more than 100 ms, and only the
    // tests about lost records may see records released out of order.
    private static readonly TraceReaderOptions s_fast = TraceReaderOptions.Default
        .WithPollInterval(TimeSpan.FromMilliseconds(10))
        .WithOrderingTimeout(TimeSpan.FromSeconds(30));

    [Theory]
    [InlineData(TransportProtocol.V4)]
    [InlineData(TransportProtocol.V5)]
    public async Task Normal_mode_merges_cpus_in_sequence_order(TransportProtocol protocol)
    {
        var cpu0 = new MemoryTraceFile(0).Add(TraceBytes.Record(protocol, 1, "one\n"), TraceBytes.Record(protocol, 3, "three\n"));
        var cpu1 = new MemoryTraceFile(1).Add(TraceBytes.Record(protocol, 2, "two\n"), TraceBytes.Record(protocol, 4, "four\n"));
        var reader = new TraceChannelReader(protocol, [cpu0, cpu1], s_fast);
        reader.Complete();

        var lines = await ToListAsync(reader.ReadLinesAsync(CancellationToken.None));

        Assert.Equal(["one", "two", "three", "four"], lines);
        Assert.Equal(0, reader.SkippedSequences);
    }

    [Fact]
    public async Task Records_arriving_late_on_another_cpu_are_waited_for()
    {
        var cpu0 = new MemoryTraceFile(0).Add(TraceBytes.V4(2, "second\n"));
        var cpu1 = new MemoryTraceFile(1);
        var reader = new TraceChannelReader(TransportProtocol.V4, [cpu0, cpu1], s_fast.WithOrderingTimeout(TimeSpan.FromSeconds(10)));
        var reading = ToListAsync(reader.ReadLinesAsync(CancellationToken.None));

        await Task.Delay(50);
        cpu1.Add(TraceBytes.V4(1, "first\n"));
        reader.Complete();

        Assert.Equal(["first", "second"], await reading);
    }

    [Fact]
    public async Task A_lost_record_nothing_proves_lost_is_given_up_after_the_ordering_timeout()
    {
        // cpu1 is not read on its own CPU and never moves past sequence 1: only the safety-net timeout releases "b".
        var cpu0 = new MemoryTraceFile(0).Add(TraceBytes.V4(2, "b\n"), TraceBytes.V4(3, "c\n"));
        var cpu1 = new MemoryTraceFile(1);
        var reader = new TraceChannelReader(TransportProtocol.V4, [cpu0, cpu1], s_fast.WithOrderingTimeout(TimeSpan.FromMilliseconds(100)));
        await using var lines = reader.ReadLinesAsync(CancellationToken.None).GetAsyncEnumerator();

        var first = lines.MoveNextAsync().AsTask();
        Assert.Same(first, await Task.WhenAny(first, Task.Delay(TimeSpan.FromSeconds(20))));
        Assert.Equal("b", lines.Current);
        reader.Complete();
        Assert.True(await lines.MoveNextAsync());
        Assert.Equal("c", lines.Current);
        Assert.False(await lines.MoveNextAsync());
        Assert.Equal(1, reader.SkippedSequences);
    }

    [Fact]
    public async Task A_gap_every_cpu_has_moved_past_is_skipped_without_waiting_for_the_timeout()
    {
        // Sequence 1 was lost: cpu0 and cpu1 both already produced later numbers, so it cannot come any more.
        var cpu0 = new MemoryTraceFile(0).Add(TraceBytes.V4(2, "b\n"), TraceBytes.V4(4, "d\n"));
        var cpu1 = new MemoryTraceFile(1).Add(TraceBytes.V4(3, "c\n"));
        var reader = new TraceChannelReader(TransportProtocol.V4, [cpu0, cpu1], s_fast.WithOrderingTimeout(TimeSpan.FromMinutes(5)));
        await using var lines = reader.ReadLinesAsync(CancellationToken.None).GetAsyncEnumerator();

        var first = lines.MoveNextAsync().AsTask();
        Assert.Same(first, await Task.WhenAny(first, Task.Delay(TimeSpan.FromSeconds(20))));
        Assert.Equal("b", lines.Current);
        reader.Complete();
        var rest = new List<string>();
        while (await lines.MoveNextAsync()) rest.Add(lines.Current);

        Assert.Equal(["c", "d"], rest);
        Assert.Equal(1, reader.SkippedSequences);
    }

    [Fact]
    public async Task A_gap_is_skipped_once_the_other_cpu_is_read_empty_after_the_waiting_record()
    {
        // cpu1 never produces anything: read on its own CPU, its empty reads after "b" arrived prove that sequence 1
        // is not there.
        var cpu0 = new CpuBound(new MemoryTraceFile(0).Add(TraceBytes.V4(2, "b\n")));
        var cpu1 = new CpuBound(new MemoryTraceFile(1));
        var reader = new TraceChannelReader(TransportProtocol.V4, [cpu0, cpu1], s_fast.WithOrderingTimeout(TimeSpan.FromMinutes(5)));
        await using var lines = reader.ReadLinesAsync(CancellationToken.None).GetAsyncEnumerator();

        var first = lines.MoveNextAsync().AsTask();
        Assert.Same(first, await Task.WhenAny(first, Task.Delay(TimeSpan.FromSeconds(20))));
        Assert.Equal("b", lines.Current);
        reader.Complete();
        Assert.False(await lines.MoveNextAsync());
        Assert.Equal(1, reader.SkippedSequences);
    }

    [Fact]
    public async Task A_reader_that_falls_behind_is_waited_for_instead_of_reordering()
    {
        // cpu1's file answers its first read only after 600 ms (a reader not scheduled on a loaded machine): six
        // poll intervals without any evidence that "first" is lost, so "second" must wait for it.
        var cpu0 = new MemoryTraceFile(0).Add(TraceBytes.V4(2, "second\n"), TraceBytes.V4(3, "third\n"));
        var cpu1 = new SlowTraceFile(new MemoryTraceFile(1).Add(TraceBytes.V4(1, "first\n")), TimeSpan.FromMilliseconds(600));
        var reader = new TraceChannelReader(TransportProtocol.V4, [cpu0, cpu1], s_fast.WithOrderingTimeout(TimeSpan.FromSeconds(30)));
        var reading = ToListAsync(reader.ReadLinesAsync(CancellationToken.None));
        await Task.Delay(50);
        reader.Complete();

        Assert.Equal(["first", "second", "third"], await reading);
        Assert.Equal(0, reader.SkippedSequences);
    }

    [Fact]
    public async Task Empty_reads_of_files_not_read_on_their_own_cpu_prove_nothing()
    {
        // A plain file's empty read may precede a record still being written elsewhere: "b" waits for the timeout.
        var cpu0 = new MemoryTraceFile(0).Add(TraceBytes.V4(2, "b\n"));
        var cpu1 = new MemoryTraceFile(1);
        var reader = new TraceChannelReader(TransportProtocol.V4, [cpu0, cpu1], s_fast.WithOrderingTimeout(TimeSpan.FromMinutes(5)));
        var reading = ToListAsync(reader.ReadLinesAsync(CancellationToken.None));

        await Task.Delay(300);
        cpu1.Add(TraceBytes.V4(1, "a\n"));
        reader.Complete();

        Assert.Equal(["a", "b"], await reading);
    }

    /// <summary>Marks a file as read on its own CPU, as <see cref="LinuxTraceFile"/> is.</summary>
    private sealed class CpuBound(ITraceFile inner) : ICpuBoundTraceFile
    {
        public int Cpu => inner.Cpu;

        public ValueTask<int> ReadAsync(Memory<byte> buffer, TimeSpan wait, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, wait, cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    /// <summary>A trace file whose first read returns only after a delay.</summary>
    private sealed class SlowTraceFile(ITraceFile inner, TimeSpan firstReadDelay) : ITraceFile
    {
        private bool _delayed;

        public int Cpu => inner.Cpu;

        public async ValueTask<int> ReadAsync(Memory<byte> buffer, TimeSpan wait, CancellationToken cancellationToken)
        {
            if (!_delayed)
            {
                _delayed = true;
                await Task.Delay(firstReadDelay, cancellationToken);
            }

            return await inner.ReadAsync(buffer, wait, cancellationToken);
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    [Fact]
    public async Task Bulk_mode_keeps_records_per_cpu_without_merging()
    {
        var cpu0 = new MemoryTraceFile(0).Add(TraceBytes.V4(1, "a"), TraceBytes.V4(3, "c"));
        var cpu1 = new MemoryTraceFile(1).Add(TraceBytes.V4(2, "b"));
        var reader = new TraceChannelReader(TransportProtocol.V4, [cpu0, cpu1], s_fast.WithMode(TraceOutputMode.Bulk));
        reader.Complete();

        var records = await ToListAsync(reader.ReadRecordsAsync(CancellationToken.None));

        Assert.Equal(["a", "c"], records.Where(r => r.Cpu == 0).Select(r => Encoding.UTF8.GetString(r.Payload.Span)));
        Assert.Equal(["b"], records.Where(r => r.Cpu == 1).Select(r => Encoding.UTF8.GetString(r.Payload.Span)));
    }

    [Fact]
    public async Task Split_junk_padded_multi_cpu_input_gives_the_exact_bytes()
    {
        var expected = new StringBuilder();
        var cpus = new[] { new MemoryTraceFile(0), new MemoryTraceFile(1), new MemoryTraceFile(2) };
        var random = new Random(5);
        for (uint seq = 1; seq <= 300; seq++)
        {
            var text = $"line {seq} " + new string('x', random.Next(0, 50)) + "\n";
            expected.Append(text);
            var bytes = TraceBytes.V4(seq, text);
            var file = cpus[random.Next(cpus.Length)];
            var cut = random.Next(1, bytes.Length);
            file.Add(bytes[..cut], bytes[cut..]);
            if (random.Next(10) == 0)
            {
                file.Add([0xEE, 0xEE, 0xEE]);
            }
        }

        var reader = new TraceChannelReader(TransportProtocol.V4, cpus, s_fast);
        reader.Complete();
        var output = new List<byte>();
        await foreach (var chunk in reader.ReadBytesAsync(CancellationToken.None))
        {
            output.AddRange(chunk.ToArray());
        }

        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal(0, reader.SkippedSequences);
    }

    [Fact]
    public async Task V5_multi_cpu_input_with_padding_and_split_magic_is_exact()
    {
        var cpu0 = new MemoryTraceFile(0);
        var cpu1 = new MemoryTraceFile(1);
        var expected = new StringBuilder();
        for (uint seq = 1; seq <= 100; seq++)
        {
            var text = $"v5 line {seq}\n";
            expected.Append(text);
            var bytes = TraceBytes.V5(seq, text);
            var file = seq % 3 == 0 ? cpu1 : cpu0;
            file.Add(new byte[seq % 4], bytes[..2], bytes[2..]);
        }

        var reader = new TraceChannelReader(TransportProtocol.V5, [cpu0, cpu1], s_fast);
        reader.Complete();

        var lines = await ToListAsync(reader.ReadLinesAsync(CancellationToken.None));

        Assert.Equal(expected.ToString(), string.Concat(lines.Select(l => l + "\n")));
        Assert.Equal(0, reader.JunkBytes);
    }

    [Fact]
    public async Task Lines_spanning_records_are_joined_and_last_partial_line_is_kept()
    {
        var cpu0 = new MemoryTraceFile(0).Add(TraceBytes.V4(1, "hel"), TraceBytes.V4(2, "lo\nwor"), TraceBytes.V4(3, "ld"));
        var reader = new TraceChannelReader(TransportProtocol.V4, [cpu0], s_fast);
        reader.Complete();

        Assert.Equal(["hello", "world"], await ToListAsync(reader.ReadLinesAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task Cancellation_stops_the_stream()
    {
        var reader = new TraceChannelReader(TransportProtocol.V4, [new MemoryTraceFile(0)], s_fast);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ToListAsync(reader.ReadRecordsAsync(cts.Token)));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
