using System;

namespace StapSharp.Syntax
{
    /// <summary>An immutable set of bytes (256 bits), the value of a bracket expression.</summary>
    internal sealed class RegexByteSetBits : IEquatable<RegexByteSetBits>
    {
        private readonly ulong[] _words;

        internal RegexByteSetBits(ulong[] words)
        {
            _words = words;
        }

        /// <summary>Whether <paramref name="value"/> is in the set.</summary>
        public bool Contains(int value) => (_words[value >> 6] & (1UL << (value & 63))) != 0;

        /// <summary>The 32 bytes of the bitmap, bit <c>b &amp; 7</c> of byte <c>b &gt;&gt; 3</c> set for each member <c>b</c>.</summary>
        public byte[] ToBitmap()
        {
            var bytes = new byte[32];
            for (int b = 0; b < 256; b++)
            {
                if (Contains(b)) bytes[b >> 3] |= (byte)(1 << (b & 7));
            }
            return bytes;
        }

        public bool Equals(RegexByteSetBits? other) =>
            other is not null && _words[0] == other._words[0] && _words[1] == other._words[1] && _words[2] == other._words[2] && _words[3] == other._words[3];

        public override bool Equals(object? obj) => Equals(obj as RegexByteSetBits);

        public override int GetHashCode() => (_words[0] ^ _words[1] ^ _words[2] ^ _words[3]).GetHashCode();
    }

    /// <summary>Builds a <see cref="RegexByteSetBits"/>.</summary>
    internal sealed class RegexByteSetBuilder
    {
        private readonly ulong[] _words = new ulong[4];

        public void Add(int value) => _words[value >> 6] |= 1UL << (value & 63);

        public void AddRange(int low, int high)
        {
            for (int b = low; b <= high; b++) Add(b);
        }

        /// <summary>The set, or its complement when <paramref name="negate"/>; NUL is never a member (it ends the string).</summary>
        public RegexByteSetBits Build(bool negate)
        {
            var words = (ulong[])_words.Clone();
            if (negate)
            {
                for (int i = 0; i < 4; i++) words[i] = ~words[i];
            }
            words[0] &= ~1UL;
            return new RegexByteSetBits(words);
        }
    }
}
