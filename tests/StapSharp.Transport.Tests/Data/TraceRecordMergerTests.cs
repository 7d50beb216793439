using System.Collections.Generic;

namespace StapSharp.Transport.Tests;

public sealed class TraceRecordMergerTests
{
    [Fact]
    public void Records_are_released_in_sequence_order()
    {
        var merger = new TraceRecordMerger(1);
        merger.Add(Record(3));
        merger.Add(Record(2));
        Assert.False(merger.TryTakeNext(out _));

        merger.Add(Record(1));

        Assert.Equal([1u, 2u, 3u], TakeAll(merger));
        Assert.Equal(4u, merger.NextSequence);
    }

    [Fact]
    public void Wrap_around_keeps_the_order()
    {
        var merger = new TraceRecordMerger(uint.MaxValue);
        merger.Add(Record(1));
        merger.Add(Record(0));
        merger.Add(Record(uint.MaxValue));

        Assert.Equal([uint.MaxValue, 0u, 1u], TakeAll(merger));
    }

    [Fact]
    public void Taking_the_oldest_skips_a_lost_record_and_counts_it()
    {
        var merger = new TraceRecordMerger(1);
        merger.Add(Record(4));
        merger.Add(Record(2));

        Assert.True(merger.TryTakeOldest(out var first));
        Assert.Equal(2u, first.Sequence);
        Assert.True(merger.TryTakeOldest(out var second));

        Assert.Equal(4u, second.Sequence);
        Assert.Equal(2, merger.SkippedSequences);
    }

    [Fact]
    public void A_record_arriving_after_its_turn_is_released_at_once()
    {
        var merger = new TraceRecordMerger(5);
        merger.Add(Record(3));

        Assert.True(merger.TryTakeNext(out var late));
        Assert.Equal(3u, late.Sequence);
        Assert.Equal(1, merger.LateRecords);
    }

    private static TraceRecord Record(uint sequence) => new(0, sequence, new byte[] { 1 });

    private static List<uint> TakeAll(TraceRecordMerger merger)
    {
        var list = new List<uint>();
        while (merger.TryTakeNext(out var r))
        {
            list.Add(r.Sequence);
        }

        return list;
    }
}
