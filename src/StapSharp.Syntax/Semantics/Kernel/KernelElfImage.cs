using System;
using System.Buffers.Binary;
using System.Text;

namespace StapSharp.Semantics
{
    /// <summary>
    /// The little an uncompressed 64-bit little-endian kernel ELF (the vmlinux cut out of a bzImage) is asked for here:
    /// its GNU build id, which names one kernel build for the caches, and the file offset of a virtual address, to read
    /// tables the symbols point at. The image is stripped, so nothing else of the ELF is used.
    /// </summary>
    internal sealed class KernelElfImage
    {
        private const uint PtLoad = 1;
        private const uint PtNote = 4;
        private const uint NtGnuBuildId = 3;

        private readonly byte[] _image;
        private readonly (ulong VirtualAddress, ulong Offset, ulong Size)[] _loads;

        private KernelElfImage(byte[] image, (ulong, ulong, ulong)[] loads, string? buildId)
        {
            _image = image;
            _loads = loads;
            BuildId = buildId;
        }

        /// <summary>The build id as lowercase hex (what <c>file</c> and <c>readelf -n</c> print), or null.</summary>
        public string? BuildId { get; }

        /// <summary>Whether <paramref name="image"/> starts like a 64-bit little-endian ELF.</summary>
        public static bool IsElf64(byte[] image) =>
            image.Length >= 64 && image[0] == 0x7f && image[1] == (byte)'E' && image[2] == (byte)'L' && image[3] == (byte)'F'
            && image[4] == 2 && image[5] == 1;

        /// <summary>Reads the program headers, or returns null when the bytes are not a 64-bit little-endian ELF.</summary>
        public static KernelElfImage? TryRead(byte[] image)
        {
            if (image is null) throw new ArgumentNullException(nameof(image));
            if (!IsElf64(image)) return null;
            ulong phoff = BinaryPrimitives.ReadUInt64LittleEndian(image.AsSpan(0x20));
            int phentsize = BinaryPrimitives.ReadUInt16LittleEndian(image.AsSpan(0x36));
            int phnum = BinaryPrimitives.ReadUInt16LittleEndian(image.AsSpan(0x38));
            if (phentsize < 56 || phoff > (ulong)image.Length || phoff + (ulong)(phentsize * phnum) > (ulong)image.Length) return null;

            var loads = new (ulong, ulong, ulong)[phnum];
            int loadCount = 0;
            string? buildId = null;
            for (int i = 0; i < phnum; i++)
            {
                var header = image.AsSpan((int)phoff + i * phentsize, phentsize);
                uint type = BinaryPrimitives.ReadUInt32LittleEndian(header);
                ulong offset = BinaryPrimitives.ReadUInt64LittleEndian(header.Slice(8));
                ulong vaddr = BinaryPrimitives.ReadUInt64LittleEndian(header.Slice(16));
                ulong filesz = BinaryPrimitives.ReadUInt64LittleEndian(header.Slice(32));
                if (offset > (ulong)image.Length || offset + filesz > (ulong)image.Length) continue;
                if (type == PtLoad) loads[loadCount++] = (vaddr, offset, filesz);
                else if (type == PtNote) buildId ??= FindBuildId(image, (int)offset, (int)filesz);
            }

            Array.Resize(ref loads, loadCount);
            return new KernelElfImage(image, loads, buildId);
        }

        /// <summary>The file offset holding <paramref name="address"/>, or -1 when no loaded segment has file bytes there.</summary>
        public long FileOffsetOf(ulong address)
        {
            foreach (var (vaddr, offset, size) in _loads)
            {
                if (address >= vaddr && address - vaddr < size) return (long)(offset + (address - vaddr));
            }
            return -1;
        }

        /// <summary>The 64-bit little-endian words from <paramref name="start"/> up to <paramref name="end"/>, or null if not in the file.</summary>
        public ulong[]? ReadWords(ulong start, ulong end)
        {
            if (end < start || (end - start) % 8 != 0) return null;
            long offset = FileOffsetOf(start);
            if (offset < 0 || (end > start && FileOffsetOf(end - 1) != offset + (long)(end - start) - 1)) return null;
            var words = new ulong[(end - start) / 8];
            for (int i = 0; i < words.Length; i++)
                words[i] = BinaryPrimitives.ReadUInt64LittleEndian(_image.AsSpan((int)offset + 8 * i));
            return words;
        }

        /// <summary>The bytes from <paramref name="start"/> up to <paramref name="end"/>, or null when they are not all in the file.</summary>
        public byte[]? ReadBytes(ulong start, ulong end)
        {
            if (end < start) return null;
            long offset = FileOffsetOf(start);
            if (offset < 0 || (end > start && FileOffsetOf(end - 1) != offset + (long)(end - start) - 1)) return null;
            var bytes = new byte[end - start];
            Array.Copy(_image, offset, bytes, 0, bytes.Length);
            return bytes;
        }

        private static string? FindBuildId(byte[] image, int start, int size)
        {
            int at = start, end = start + size;
            while (at + 12 <= end)
            {
                int nameSize = (int)BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(at));
                int descSize = (int)BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(at + 4));
                uint type = BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(at + 8));
                if (nameSize < 0 || descSize < 0) return null;
                int name = at + 12;
                int desc = name + ((nameSize + 3) & ~3);
                int next = desc + ((descSize + 3) & ~3);
                if (next > end || next <= at) return null;
                if (type == NtGnuBuildId && nameSize == 4 && Encoding.ASCII.GetString(image, name, 3) == "GNU")
                {
                    var hex = new StringBuilder(descSize * 2);
                    for (int i = 0; i < descSize; i++) hex.Append(image[desc + i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                    return hex.ToString();
                }
                at = next;
            }
            return null;
        }
    }
}
