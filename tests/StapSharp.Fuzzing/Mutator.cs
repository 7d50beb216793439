using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace StapSharp.Fuzzing
{
    /// <summary>
    /// A small deterministic mutator (AFL's havoc stages in miniature) for the in-process smoke runs: the same seed
    /// number always gives the same inputs, so a smoke failure reproduces exactly.
    /// </summary>
    internal sealed class Mutator
    {
        private static readonly byte[] Interesting = { 0, 1, 0x7f, 0x80, 0xff, (byte)'%', (byte)'"', (byte)'\\', (byte)'{', (byte)'}', (byte)'(', (byte)')', (byte)'\n' };

        private readonly IReadOnlyList<byte[]> _seeds;
        private readonly IReadOnlyList<byte[]> _tokens;
        private ulong _state;

        public Mutator(IReadOnlyList<byte[]> seeds, IReadOnlyList<string> tokens, ulong seed)
        {
            if (seeds.Count == 0)
                throw new ArgumentException("At least one seed is needed.", nameof(seeds));
            _seeds = seeds;
            _tokens = tokens.Select(t => Encoding.UTF8.GetBytes(t)).ToList();
            _state = seed * 0x9E3779B97F4A7C15UL + 0x2545F4914F6CDD1DUL;
        }

        /// <summary>A seed changed by 1 to 8 random edits.</summary>
        public byte[] Next()
        {
            var data = new List<byte>(_seeds[Below(_seeds.Count)]);
            int edits = 1 + Below(8);
            for (int i = 0; i < edits; i++)
                Edit(data);
            return data.ToArray();
        }

        private void Edit(List<byte> data)
        {
            int at = Below(data.Count + 1);
            switch (Below(data.Count == 0 ? 2 : 8))
            {
                case 0:
                    data.Insert(at, Interesting[Below(Interesting.Length)]);
                    break;
                case 1:
                    if (_tokens.Count > 0)
                        data.InsertRange(at, _tokens[Below(_tokens.Count)]);
                    break;
                case 2:
                    data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << Below(8));
                    break;
                case 3:
                    data[Math.Min(at, data.Count - 1)] = (byte)Below(256);
                    break;
                case 4:
                    data.RemoveRange(Math.Min(at, data.Count - 1), Math.Min(1 + Below(16), data.Count - Math.Min(at, data.Count - 1)));
                    break;
                case 5:
                {
                    int start = Below(data.Count);
                    int length = Math.Min(1 + Below(64), data.Count - start);
                    data.InsertRange(at, data.GetRange(start, length));
                    break;
                }
                case 6:
                {
                    byte[] other = _seeds[Below(_seeds.Count)];
                    if (other.Length > 0)
                    {
                        int start = Below(other.Length);
                        data.InsertRange(at, new ArraySegment<byte>(other, start, Math.Min(1 + Below(128), other.Length - start)));
                    }

                    break;
                }
                default:
                    if (at < data.Count)
                        data.RemoveRange(at, data.Count - at);
                    break;
            }
        }

        private int Below(int bound)
        {
            // xorshift64*: tiny, fast, and identical on every platform.
            _state ^= _state >> 12;
            _state ^= _state << 25;
            _state ^= _state >> 27;
            return (int)(((_state * 0x2545F4914F6CDD1DUL) >> 33) % (ulong)bound);
        }
    }
}
