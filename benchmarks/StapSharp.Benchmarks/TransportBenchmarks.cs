using System;
using System.Text;
using BenchmarkDotNet.Attributes;
using StapSharp.Transport;

namespace StapSharp.Benchmarks
{
    /// <summary>Control-message codec and trace-record parsing: the per-message and per-byte costs of the transport.</summary>
    [MemoryDiagnoser]
    public class TransportBenchmarks
    {
        private readonly byte[] _frame = new byte[TransportLimits.MinimumReadSize];
        private readonly RelocationMessage _relocation = new("kernel", "kallsyms_lookup_name", 0xffffffff81100000);
        private readonly StartMessage _start = new(TargetPid: 4242);
        private byte[] _relocationFrame = [];
        private byte[] _oobFrame = [];
        private byte[] _traceV4 = [];
        private byte[] _traceV5 = [];

        [GlobalSetup]
        public void Setup()
        {
            _relocationFrame = ControlMessageCodec.Encode(TransportProtocol.V4, _relocation);
            _oobFrame = ControlMessageCodec.Encode(TransportProtocol.V4, new OutOfBandDataMessage("WARNING: Number of errors: 0, skipped probes: 1\n"));
            _traceV4 = BuildTrace(TransportProtocol.V4);
            _traceV5 = BuildTrace(TransportProtocol.V5);
        }

        [Benchmark]
        public int EncodeStart() => ControlMessageCodec.Encode(TransportProtocol.V4, _start, _frame);

        [Benchmark]
        public int EncodeRelocation() => ControlMessageCodec.Encode(TransportProtocol.V5, _relocation, _frame);

        [Benchmark]
        public ControlMessage DecodeRelocation() => ControlMessageCodec.Decode(TransportProtocol.V4, _relocationFrame);

        [Benchmark]
        public bool TryDecodeOutOfBand() => ControlMessageCodec.TryDecode(TransportProtocol.V4, _oobFrame, out _);

        /// <summary>1 MiB of 4.x records (64-byte lines) through the parser in 64 KiB reads.</summary>
        [Benchmark]
        public long ParseTraceV4() => Parse(TransportProtocol.V4, _traceV4);

        /// <summary>1 MiB of 5.x records (64-byte lines) through the parser in 64 KiB reads.</summary>
        [Benchmark]
        public long ParseTraceV5() => Parse(TransportProtocol.V5, _traceV5);

        /// <summary>Merging 4096 records arriving from two CPUs in alternating order.</summary>
        [Benchmark]
        public long MergeTwoCpus()
        {
            var merger = new TraceRecordMerger(1);
            var payload = new byte[] { 1 };
            long total = 0;
            for (uint seq = 1; seq <= 4096; seq += 2)
            {
                merger.Add(new TraceRecord(1, seq + 1, payload));
                merger.Add(new TraceRecord(0, seq, payload));
                while (merger.TryTakeNext(out var r))
                {
                    total += r.Sequence;
                }
            }

            return total;
        }

        private static long Parse(TransportProtocol protocol, byte[] trace)
        {
            var parser = new TraceRecordParser(protocol, 0);
            long bytes = 0;
            for (var offset = 0; offset < trace.Length; offset += 64 * 1024)
            {
                parser.Append(trace.AsSpan(offset, Math.Min(64 * 1024, trace.Length - offset)));
                while (parser.TryRead(out var record))
                {
                    bytes += record.Payload.Length;
                }
            }

            return bytes;
        }

        private static byte[] BuildTrace(TransportProtocol protocol)
        {
            var line = Encoding.ASCII.GetBytes(new string('x', 63) + "\n");
            var header = TraceRecordFormat.GetHeaderSize(protocol);
            var count = (1 << 20) / (header + line.Length);
            var trace = new byte[count * (header + line.Length)];
            for (var i = 0; i < count; i++)
            {
                var at = trace.AsSpan(i * (header + line.Length));
                TraceRecordFormat.WriteHeader(protocol, (uint)i + 1, line.Length, at);
                line.CopyTo(at.Slice(header));
            }

            return trace;
        }
    }
}
