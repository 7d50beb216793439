using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace StapSharp.Transport.Tests;

public sealed class TraceRecordParserTests
{
    [Theory]
    [InlineData(TransportProtocol.V4)]
    [InlineData(TransportProtocol.V5)]
    public void Records_split_at_every_byte_are_reassembled(TransportProtocol protocol)
    {
        var bytes = TraceBytes.Concat(TraceBytes.Record(protocol, 1, "hello\n"), TraceBytes.Record(protocol, 3, "world\n"));
        var parser = new TraceRecordParser(protocol, cpu: 2);
        var records = new List<TraceRecord>();

        foreach (var b in bytes)
        {
            parser.Append([b]);
            while (parser.TryRead(out var r))
            {
                records.Add(r);
            }
        }

        Assert.Equal([1u, 3u], records.Select(r => r.Sequence));
        Assert.Equal(["hello\n", "world\n"], records.Select(r => Encoding.UTF8.GetString(r.Payload.Span)));
        Assert.All(records, r => Assert.Equal(2, r.Cpu));
        Assert.Equal(0, parser.JunkBytes);
        Assert.Equal(0, parser.BufferedBytes);
    }

    [Fact]
    public void V4_resynchronises_after_garbage_bytes()
    {
        // A dropped 4.8 record leaves a few reserved bytes behind; they must not swallow the next record.
        byte[] junk = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF];
        var bytes = TraceBytes.Concat(TraceBytes.V4(1, "a\n"), junk, TraceBytes.V4(2, "b\n"), [0, 0, 0], TraceBytes.V4(3, "c\n"));

        var (records, parser) = ParseAll(TransportProtocol.V4, bytes);

        Assert.Equal(["a\n", "b\n", "c\n"], records);
        Assert.Equal(8, parser.JunkBytes);
        Assert.Equal(2, parser.Resynchronizations);
    }

    [Fact]
    public void V4_rejects_a_header_whose_sequence_goes_backwards()
    {
        // Garbage that happens to look like {seq 1, len 2} after seq 7 is skipped, not taken as a record.
        var bytes = TraceBytes.Concat(TraceBytes.V4(7, "x\n"), [1, 0, 0, 0, 2, 0, 0, 0], TraceBytes.V4(8, "y\n"));

        var (records, parser) = ParseAll(TransportProtocol.V4, bytes);

        Assert.Equal(["x\n", "y\n"], records);
        Assert.Equal(8, parser.JunkBytes);
    }

    [Fact]
    public void V4_waits_for_more_bytes_before_choosing_among_candidates()
    {
        // After a bad header at the very start, the candidate at offset 4 might still be real until its end is seen.
        var bytes = TraceBytes.Concat([9, 0, 0, 0, 0, 0, 0, 0], TraceBytes.V4(9, "ok"));
        var parser = new TraceRecordParser(TransportProtocol.V4, 0);
        parser.Append(bytes);

        Assert.False(parser.TryRead(out _));
        parser.Complete();

        Assert.True(parser.TryRead(out var record));
        Assert.Equal(9u, record.Sequence);
    }

    [Fact]
    public void V4_rejects_oversized_lengths_above_one_print_buffer()
    {
        var bytes = TraceBytes.Concat(TraceBytes.V4(1, "a"), [2, 0, 0, 0, 1, 0x20, 0, 0], TraceBytes.V4(2, "b"));

        var (records, _) = ParseAll(TransportProtocol.V4, bytes);

        Assert.Equal(["a", "b"], records);
    }

    [Fact]
    public void V4_rejects_zero_and_oversized_lengths()
    {
        var bytes = TraceBytes.Concat([9, 0, 0, 0, 0, 0, 0, 0], [9, 0, 0, 0, 0, 0, 3, 0], TraceBytes.V4(9, "ok"));

        var (records, _) = ParseAll(TransportProtocol.V4, bytes);

        Assert.Equal(["ok"], records);
    }

    [Fact]
    public void V5_skips_zero_padding_and_junk_before_the_magic()
    {
        var bytes = TraceBytes.Concat([0, 0, 0, 0, 0], TraceBytes.V5(1, "a"), [0x13, 0x37, 0xF0, 0x9F], TraceBytes.V5(2, "b"));

        var (records, parser) = ParseAll(TransportProtocol.V5, bytes);

        Assert.Equal(["a", "b"], records);
        Assert.Equal(5, parser.PaddingBytes);
        Assert.Equal(4, parser.JunkBytes);
    }

    [Fact]
    public void V5_keeps_a_partial_magic_until_the_rest_arrives()
    {
        var record = TraceBytes.V5(1, "split");
        var parser = new TraceRecordParser(TransportProtocol.V5, 0);

        parser.Append(record.AsSpan(0, 2));
        Assert.False(parser.TryRead(out _));
        parser.Append(record.AsSpan(2));

        Assert.True(parser.TryRead(out var r));
        Assert.Equal("split", Encoding.UTF8.GetString(r.Payload.Span));
        Assert.Equal(0, parser.JunkBytes);
    }

    [Fact]
    public void Large_payload_across_many_appends_is_returned_once_complete()
    {
        var text = new string('z', 100_000);
        var bytes = TraceBytes.V5(1, text);
        var parser = new TraceRecordParser(TransportProtocol.V5, 0);
        var returned = 0;

        for (var i = 0; i < bytes.Length; i += 4096)
        {
            parser.Append(bytes.AsSpan(i, Math.Min(4096, bytes.Length - i)));
            while (parser.TryRead(out var r))
            {
                returned++;
                Assert.Equal(text.Length, r.Payload.Length);
            }
        }

        Assert.Equal(1, returned);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(7);
        foreach (var protocol in new[] { TransportProtocol.V4, TransportProtocol.V5 })
        {
            var parser = new TraceRecordParser(protocol, 0);
            for (var i = 0; i < 2000; i++)
            {
                var chunk = new byte[random.Next(0, 300)];
                random.NextBytes(chunk);
                parser.Append(chunk);
                while (parser.TryRead(out var r))
                {
                    Assert.InRange(r.Payload.Length, 1, TraceRecordFormat.MaxPayloadLength);
                }
            }
        }
    }

    [Fact]
    public void Header_writer_matches_hand_written_bytes()
    {
        var header = new byte[12];

        Assert.Equal(12, TraceRecordFormat.WriteHeader(TransportProtocol.V5, 2, 1, header));
        Assert.Equal(TraceBytes.V5(2, "b").Take(12), header);
        Assert.Equal(8, TraceRecordFormat.WriteHeader(TransportProtocol.V4, 2, 1, header));
        Assert.Equal(TraceBytes.V4(2, "b").Take(8), header.Take(8));
    }

    private static (List<string> Texts, TraceRecordParser Parser) ParseAll(TransportProtocol protocol, byte[] bytes)
    {
        var parser = new TraceRecordParser(protocol, 0);
        parser.Append(bytes);
        parser.Complete();
        var texts = new List<string>();
        while (parser.TryRead(out var r))
        {
            texts.Add(Encoding.UTF8.GetString(r.Payload.Span));
        }

        return (texts, parser);
    }
}
