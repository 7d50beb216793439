using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;

namespace StapSharp.Semantics
{
    /// <summary>
    /// Reads the symbol table that <c>CONFIG_KALLSYMS</c> compiles into a kernel image (what <c>/proc/kallsyms</c> shows
    /// for vmlinux), from the uncompressed image alone: no <c>System.map</c>, no debuginfo, no running kernel.
    /// <para>
    /// The tables (written by the kernel's <c>scripts/kallsyms</c>) have no header to find them by, so they are
    /// recognised by their shape. <c>kallsyms_token_table</c> is 256 NUL-terminated tokens in which every character
    /// that occurs in a name and is not replaced by a token stands for itself, so the digits appear as
    /// <c>"0\0" ... "9\0"</c> at token indices 48 to 57; <c>kallsyms_token_index</c> follows it and must give each
    /// token's offset exactly. Before the tokens come <c>kallsyms_num_syms</c>, <c>kallsyms_names</c> (per symbol a
    /// length and that many token numbers; the first expanded character is the nm type) and <c>kallsyms_markers</c>
    /// (the offset of every 256th name), optionally followed by the 3-byte <c>kallsyms_seqs_of_names</c> (6.2, and
    /// backported to 6.1 stable). A candidate count is accepted only when exactly that many names decode and the
    /// markers that follow agree with every 256th of them. Addresses are base-relative 32-bit offsets
    /// (<c>CONFIG_KALLSYMS_BASE_RELATIVE</c>) placed before the count (up to 6.1) or after the token index (6.2 on).
    /// </para>
    /// </summary>
    internal static class KallsymsImageReader
    {
        private const int MaxSymbols = 10_000_000;

        // How far before the token table the count may be: the names of a large kernel take a few MB.
        private const int MaxNamesWindow = 64 * 1024 * 1024;

        /// <summary>
        /// The symbols in <paramref name="image"/>, in table order (by address), or null with <paramref name="problem"/>
        /// saying what was not found.
        /// </summary>
        /// <param name="image">The uncompressed kernel (an ELF vmlinux, or any blob that contains its .rodata).</param>
        /// <param name="absolutePercpu">
        /// <c>CONFIG_KALLSYMS_ABSOLUTE_PERCPU</c> (x86_64 SMP): a non-negative offset is then an absolute per-CPU address
        /// and a negative one counts down from the base; otherwise every offset is added to the base.
        /// </param>
        /// <param name="problem">Why nothing was read; null on success.</param>
        public static IReadOnlyList<KernelSymbol>? TryRead(byte[] image, bool absolutePercpu, out string? problem)
        {
            if (image is null) throw new ArgumentNullException(nameof(image));
            problem = "no kallsyms token table (the digits as single tokens followed by a matching token index) was found";
            foreach (int digits in FindAll(image, DigitTokens))
            {
                if (!TryTokenTable(image, digits, out int tokenTable, out string[] tokens, out int tokenIndexEnd)) continue;
                if (!TryNames(image, tokenTable, out int count, out int names))
                {
                    problem = "a kallsyms token table was found, but no symbol count whose names and markers match it";
                    continue;
                }

                string[] expanded = DecodeNames(image, names, count, tokens);
                if (TryAddresses(image, names - 8, count, tokenIndexEnd, absolutePercpu, out ulong[] addresses))
                {
                    var symbols = new KernelSymbol[count];
                    for (int i = 0; i < count; i++)
                    {
                        string name = expanded[i];
                        symbols[i] = new KernelSymbol(addresses[i], name.Length > 0 ? name[0] : '?', name.Length > 0 ? name.Substring(1) : string.Empty);
                    }
                    problem = null;
                    return symbols;
                }

                problem = "kallsyms names were found, but no base-relative address table (kallsyms_offsets and kallsyms_relative_base) next to them";
            }

            return null;
        }

        private static readonly byte[] DigitTokens = Encoding.ASCII.GetBytes("0\01\02\03\04\05\06\07\08\09\0");

        private static IEnumerable<int> FindAll(byte[] haystack, byte[] needle)
        {
            for (int i = IndexOf(haystack, needle, 0); i >= 0; i = IndexOf(haystack, needle, i + 1))
                yield return i;
        }

        private static int IndexOf(byte[] haystack, byte[] needle, int start)
        {
            int last = haystack.Length - needle.Length;
            byte first = needle[0];
            for (int i = start; i <= last; i++)
            {
                i = Array.IndexOf(haystack, first, i, last - i + 1);
                if (i < 0) return -1;
                int k = 1;
                while (k < needle.Length && haystack[i + k] == needle[k]) k++;
                if (k == needle.Length) return i;
            }
            return -1;
        }

        /// <summary>From the digit tokens back to token 0, forward to token 255, then the index that must match.</summary>
        private static bool TryTokenTable(byte[] image, int digits, out int start, out string[] tokens, out int indexEnd)
        {
            start = digits;
            tokens = Array.Empty<string>();
            indexEnd = 0;
            for (int token = '0' - 1; token >= 0; token--)
            {
                // start points at a token; the byte before is the NUL ending the previous, non-empty, token.
                if (start < 2 || image[start - 1] != 0 || image[start - 2] == 0) return false;
                int previous = start - 2;
                while (previous > 0 && image[previous - 1] != 0) previous--;
                start = previous;
            }

            var offsets = new int[256];
            tokens = new string[256];
            int at = start;
            for (int token = 0; token < 256; token++)
            {
                int end = Array.IndexOf(image, (byte)0, at);
                if (end < 0 || end == at) return false;
                offsets[token] = at - start;
                tokens[token] = Encoding.ASCII.GetString(image, at, end - at);
                at = end + 1;
            }

            for (int padding = 0; padding < 16; padding++)
            {
                int index = at + padding;
                if (index + 512 > image.Length) return false;
                bool matches = true;
                for (int token = 0; token < 256 && matches; token++)
                    matches = BinaryPrimitives.ReadUInt16LittleEndian(image.AsSpan(index + 2 * token)) == offsets[token];
                if (matches)
                {
                    indexEnd = index + 512;
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// Searches back from the token table for <c>kallsyms_num_syms</c>: a count whose names decode exactly and are
        /// followed by markers matching them (the markers end at most a <c>seqs_of_names</c> table before the tokens).
        /// </summary>
        private static bool TryNames(byte[] image, int tokenTable, out int count, out int names)
        {
            int lowest = Math.Max(0, tokenTable - MaxNamesWindow);
            for (int at = (tokenTable - 8) & ~7; at >= lowest; at -= 4)
            {
                uint candidate = BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(at));
                if (candidate == 0 || candidate > MaxSymbols) continue;
                count = (int)candidate;
                // Every name takes at least two bytes (its length and one token): most candidates fail here, undecoded.
                if (2L * count > tokenTable - at) continue;
                // The names label is aligned (8 on 64-bit kernels, 4 on 32-bit), so padding may follow the count.
                for (names = at + 4; names <= at + 8; names += 4)
                {
                    if (names > at + 4 && BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(at + 4)) != 0) break;
                    if (NamesEndWithMarkers(image, names, count, tokenTable)) return true;
                }
            }

            count = 0;
            names = 0;
            return false;
        }

        private static bool NamesEndWithMarkers(byte[] image, int names, int count, int tokenTable)
        {
            int markerCount = (count + 255) / 256;
            var markers = new int[markerCount];
            int at = names;
            for (int i = 0; i < count; i++)
            {
                if (at >= tokenTable) return false;
                if ((i & 255) == 0) markers[i >> 8] = at - names;
                int length = image[at++];
                if (length == 0) return false;
                if ((length & 0x80) != 0)
                {
                    // Since 6.1 a name longer than 127 tokens has a two-byte length, low 7 bits first.
                    if (at >= tokenTable) return false;
                    length = (length & 0x7f) | (image[at++] << 7);
                }
                at += length;
            }

            for (int markerStart = at; markerStart < at + 8; markerStart++)
            {
                if ((markerStart & 3) != 0) continue;
                if (markerStart + 4 * markerCount > tokenTable) return false;
                bool matches = true;
                for (int m = 0; m < markerCount && matches; m++)
                    matches = BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(markerStart + 4 * m)) == (uint)markers[m];
                if (matches)
                {
                    // Between the markers and the tokens: nothing, padding, or seqs_of_names (3 bytes per symbol).
                    int gap = tokenTable - (markerStart + 4 * markerCount);
                    return gap < 16 || (gap >= 3 * count && gap < 3 * count + 16);
                }
            }
            return false;
        }

        private static string[] DecodeNames(byte[] image, int names, int count, string[] tokens)
        {
            var result = new string[count];
            var text = new StringBuilder(64);
            int at = names;
            for (int i = 0; i < count; i++)
            {
                int length = image[at++];
                if ((length & 0x80) != 0) length = (length & 0x7f) | (image[at++] << 7);
                text.Clear();
                for (int k = 0; k < length; k++) text.Append(tokens[image[at + k]]);
                at += length;
                result[i] = text.ToString();
            }
            return result;
        }

        /// <summary>
        /// Tries the two layouts of the base-relative address table: offsets and base just before the count (up to
        /// 6.1), or offsets and base after the token index (6.2 on). The right one gives addresses in ascending order
        /// (kallsyms is sorted by address; absolute per-CPU symbols are left out of that check).
        /// </summary>
        private static bool TryAddresses(byte[] image, int countAt, int count, int tokenIndexEnd, bool absolutePercpu, out ulong[] addresses)
        {
            // Layout up to 6.1: [offsets][pad][relative_base @8][num_syms]
            int baseBefore = countAt - 8;
            if (baseBefore >= 0 && (long)baseBefore - 4L * count >= 0)
            {
                int offsets = (baseBefore - 4 * count) & ~7;
                if (TryResolve(image, offsets, baseBefore, count, absolutePercpu, out addresses)) return true;
                if (TryResolve(image, baseBefore - 4 * count, baseBefore, count, absolutePercpu, out addresses)) return true;
            }

            // Layout from 6.2: [token_index][pad][offsets @8][pad][relative_base @8]
            int offsetsAfter = (tokenIndexEnd + 7) & ~7;
            int baseAfter = (offsetsAfter + 4 * count + 7) & ~7;
            if (TryResolve(image, offsetsAfter, baseAfter, count, absolutePercpu, out addresses)) return true;

            addresses = Array.Empty<ulong>();
            return false;
        }

        private static bool TryResolve(byte[] image, int offsets, int relativeBase, int count, bool absolutePercpu, out ulong[] addresses)
        {
            addresses = Array.Empty<ulong>();
            if (offsets < 0 || relativeBase < 0 || (long)offsets + 4L * count > image.Length || relativeBase + 8 > image.Length)
                return false;
            ulong @base = BinaryPrimitives.ReadUInt64LittleEndian(image.AsSpan(relativeBase));
            if (@base == 0) return false;
            var result = new ulong[count];
            ulong previous = 0;
            int ascending = 0, relative = 0;
            for (int i = 0; i < count; i++)
            {
                int offset = BinaryPrimitives.ReadInt32LittleEndian(image.AsSpan(offsets + 4 * i));
                bool isAbsolute = absolutePercpu && offset >= 0;
                result[i] = !absolutePercpu ? @base + (uint)offset
                    : isAbsolute ? (ulong)offset
                    : @base - 1 - (ulong)(long)offset;
                if (isAbsolute) continue;
                if (result[i] >= previous) ascending++;
                previous = result[i];
                relative++;
            }

            // A wrong guess reads names or padding as offsets and is nowhere near sorted.
            if (relative == 0 || ascending < relative) return false;
            addresses = result;
            return true;
        }
    }
}
