using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace StapSharp.Semantics.Tests
{
    /// <summary>
    /// Writes kallsyms tables the way the kernel's scripts/kallsyms lays them out, into a blob of filler, so that the
    /// image reader can be tested on inputs whose every symbol is known. The encoding is this file's own: a few
    /// multi-character tokens used greedily, every other character standing for itself.
    /// </summary>
    internal static class SyntheticKallsymsImage
    {
        public const ulong RelativeBase = 0xffffffff81000000;

        private static readonly string[] s_longTokens = { "vfs_", "__x64_sys_", "read", "open", "Tfunc_" };

        public static string[] Tokens()
        {
            var tokens = new string[256];
            for (int i = 0; i < 256; i++)
            {
                char c = (char)i;
                bool self = c == '_' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                tokens[i] = self ? c.ToString() : "~" + i.ToString("x2");
            }
            for (int i = 0; i < s_longTokens.Length; i++) tokens[0x80 + i] = s_longTokens[i];
            return tokens;
        }

        /// <summary>
        /// The image bytes. <paramref name="newLayout"/> puts the addresses after the token index (6.2 on) instead of
        /// before the count; <paramref name="seqsOfNames"/> adds the 3-byte table between markers and tokens.
        /// </summary>
        public static byte[] Build(IReadOnlyList<(ulong Address, char Type, string Name)> symbols, bool absolutePercpu,
            bool newLayout = false, bool seqsOfNames = false)
        {
            string[] tokens = Tokens();
            var stream = new MemoryStream();
            var writer = new BinaryWriter(stream);
            Filler(writer, 4093);

            void Align() { while (stream.Length % 8 != 0) writer.Write((byte)0); }
            void Offsets()
            {
                Align();
                foreach (var symbol in symbols)
                {
                    bool isAbsolute = absolutePercpu && symbol.Address < 0x8000_0000UL;
                    int offset = isAbsolute ? (int)symbol.Address
                        : absolutePercpu ? -1 - (int)(symbol.Address - RelativeBase)
                        : (int)(symbol.Address - RelativeBase);
                    writer.Write(offset);
                }
                Align();
                writer.Write(RelativeBase);
            }

            if (!newLayout) Offsets();
            Align();
            writer.Write((uint)symbols.Count);
            Align();
            long names = stream.Length;
            var markers = new List<uint>();
            for (int i = 0; i < symbols.Count; i++)
            {
                if (i % 256 == 0) markers.Add((uint)(stream.Length - names));
                byte[] encoded = Encode(symbols[i].Type + symbols[i].Name, tokens);
                if (encoded.Length > 127)
                {
                    writer.Write((byte)(0x80 | (encoded.Length & 0x7f)));
                    writer.Write((byte)(encoded.Length >> 7));
                }
                else
                {
                    writer.Write((byte)encoded.Length);
                }
                writer.Write(encoded);
            }
            Align();
            foreach (uint marker in markers) writer.Write(marker);
            if (seqsOfNames)
            {
                Align();
                for (int i = 0; i < symbols.Count; i++) { writer.Write((byte)(i >> 16)); writer.Write((byte)(i >> 8)); writer.Write((byte)i); }
            }
            Align();
            long tokenTable = stream.Length;
            var tokenOffsets = new ushort[256];
            for (int i = 0; i < 256; i++)
            {
                tokenOffsets[i] = (ushort)(stream.Length - tokenTable);
                writer.Write(Encoding.ASCII.GetBytes(tokens[i]));
                writer.Write((byte)0);
            }
            Align();
            foreach (ushort offset in tokenOffsets) writer.Write(offset);
            if (newLayout) Offsets();
            Filler(writer, 1021);
            return stream.ToArray();
        }

        private static byte[] Encode(string name, string[] tokens)
        {
            var bytes = new List<byte>();
            int at = 0;
            while (at < name.Length)
            {
                int token = -1;
                for (int i = 0x80; i < 0x80 + s_longTokens.Length; i++)
                {
                    if (string.CompareOrdinal(name, at, tokens[i], 0, tokens[i].Length) == 0) { token = i; break; }
                }
                if (token < 0)
                {
                    token = name[at];
                    if (tokens[token] != name[at].ToString()) throw new ArgumentException("no token for '" + name[at] + "'");
                }
                bytes.Add((byte)token);
                at += tokens[token].Length;
            }
            return bytes.ToArray();
        }

        private static void Filler(BinaryWriter writer, int count)
        {
            for (int i = 0; i < count; i++) writer.Write((byte)(0xa5 ^ (i * 7)));
        }
    }
}
