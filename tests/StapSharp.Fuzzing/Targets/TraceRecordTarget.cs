using System;
using System.Collections.Generic;
using System.Linq;
using StapSharp.Transport;

namespace StapSharp.Fuzzing.Targets
{
    /// <summary>
    /// The trace-record stream (<c>trace&lt;N&gt;</c> files) and the cross-CPU merger. Input: byte 0 chooses the
    /// protocol (bit 0) and how many CPUs share the stream (bits 1-2); byte 1 the chunk size the bytes arrive in; the rest
    /// is the stream, dealt round-robin in chunks to the CPUs' parsers. Invariants: nothing throws; every byte is
    /// accounted for (headers + payloads + junk + padding + still buffered == bytes appended); every record's payload
    /// length is within the protocol's limit; the merger releases every record it was given exactly once.
    /// Allowed exceptions: none (malformed bytes are skipped and counted as junk).
    /// </summary>
    internal sealed class TraceRecordTarget : FuzzTarget
    {
        public override string Name => "trace";

        public override string Description => "TraceRecordParser + TraceRecordMerger on chunked streams: no exception, bytes and records conserved";

        public override void Execute(ReadOnlySpan<byte> data)
        {
            if (data.Length < 2)
                return;
            TransportProtocol protocol = (data[0] & 1) == 0 ? TransportProtocol.V4 : TransportProtocol.V5;
            int cpus = 1 + ((data[0] >> 1) & 3);
            int chunk = 1 + data[1];
            ReadOnlySpan<byte> stream = data.Slice(2);
            int headerSize = TraceRecordFormat.GetHeaderSize(protocol);
            int maxPayload = protocol == TransportProtocol.V4 ? TransportLimits.PrintBufferSize : TraceRecordFormat.MaxPayloadLength;

            var parsers = Enumerable.Range(0, cpus).Select(cpu => new TraceRecordParser(protocol, cpu)).ToArray();
            var appended = new long[cpus];
            var recordBytes = new long[cpus];
            var merger = new TraceRecordMerger(1);
            int added = 0, released = 0;

            void Drain(TraceRecordParser parser)
            {
                while (parser.TryRead(out TraceRecord record))
                {
                    if (record.Payload.Length == 0 || record.Payload.Length > maxPayload)
                        throw new FuzzInvariantException($"Record {record} has a payload outside 1..{maxPayload}.");
                    if (record.Cpu != parser.Cpu)
                        throw new FuzzInvariantException($"Record {record} came from the parser of cpu{parser.Cpu}.");
                    recordBytes[parser.Cpu] += headerSize + record.Payload.Length;
                    merger.Add(record);
                    added++;
                    while (merger.TryTakeNext(out _))
                        released++;
                }
            }

            for (int offset = 0, turn = 0; offset < stream.Length; offset += chunk, turn++)
            {
                TraceRecordParser parser = parsers[turn % cpus];
                ReadOnlySpan<byte> piece = stream.Slice(offset, Math.Min(chunk, stream.Length - offset));
                parser.Append(piece);
                appended[parser.Cpu] += piece.Length;
                Drain(parser);
            }

            foreach (TraceRecordParser parser in parsers)
            {
                parser.Complete();
                Drain(parser);
                long accounted = recordBytes[parser.Cpu] + parser.JunkBytes + parser.PaddingBytes + parser.BufferedBytes;
                if (accounted != appended[parser.Cpu])
                    throw new FuzzInvariantException(
                        $"cpu{parser.Cpu}: {appended[parser.Cpu]} bytes appended but {recordBytes[parser.Cpu]} in records + {parser.JunkBytes} junk + {parser.PaddingBytes} padding + {parser.BufferedBytes} buffered.");
            }

            while (merger.TryTakeOldest(out _))
                released++;
            if (released != added || merger.Count != 0)
                throw new FuzzInvariantException($"The merger was given {added} records and released {released} ({merger.Count} left).");
        }

        public override IEnumerable<byte[]> CreateSeeds()
        {
            foreach (TransportProtocol protocol in new[] { TransportProtocol.V4, TransportProtocol.V5 })
            {
                byte selector = (byte)(protocol == TransportProtocol.V4 ? 0 : 1);
                yield return Seed(protocol, (byte)(selector | 0), 255, (1, "hello\n"), (2, "world\n"));
                yield return Seed(protocol, (byte)(selector | 2), 7, (1, "cpu0 a\n"), (3, "cpu0 b\n"), (2, "cpu1 a\n"));
                yield return Seed(protocol, (byte)(selector | 0), 0, (5, new string('x', 300)));
            }
        }

        private static byte[] Seed(TransportProtocol protocol, byte selector, byte chunk, params (uint Sequence, string Text)[] records)
        {
            var bytes = new List<byte> { selector, chunk };
            foreach (var (sequence, text) in records)
            {
                byte[] payload = System.Text.Encoding.UTF8.GetBytes(text);
                var header = new byte[TraceRecordFormat.GetHeaderSize(protocol)];
                TraceRecordFormat.WriteHeader(protocol, sequence, payload.Length, header);
                bytes.AddRange(header);
                bytes.AddRange(payload);
                if (protocol == TransportProtocol.V5)
                    bytes.AddRange(new byte[3]); // sub-buffer padding between 5.x records
            }

            return bytes.ToArray();
        }
    }
}
