using System;
using System.Collections.Generic;
using System.Text;

namespace StapSharp.Transport.Tests;

/// <summary>Builds small ELF64 little-endian images with chosen sections (name, flags, contents), as a .ko has them.</summary>
internal static class TestElf
{
    public const ulong Alloc = 0x2;
    public const ulong Write = 0x1;

    /// <summary>A <c>.gnu.linkonce.this_module</c> section (SHF_ALLOC) whose struct module names <paramref name="name"/>.</summary>
    public static (string Name, ulong Flags, byte[] Data) ThisModule(string name, ulong flags = Alloc | Write)
    {
        var module = new byte[64 + 56];
        Encoding.ASCII.GetBytes(name).CopyTo(module, 24);
        return (".gnu.linkonce.this_module", flags, module);
    }

    /// <summary>stap's <c>int stp_required_privilege</c> in <c>.stap_privilege</c>.</summary>
    public static (string Name, ulong Flags, byte[] Data) Privilege() => (".stap_privilege", Alloc | Write, new byte[4]);

    public static byte[] WithThisModule(string name) => Build(ThisModule(name));

    /// <summary>
    /// The image: header, contents, then section headers [0] = the null section (or <paramref name="nullSection"/>
    /// when given, to test that index 0 is skipped), the given sections, and <c>.shstrtab</c> last.
    /// </summary>
    public static byte[] Build(params (string Name, ulong Flags, byte[] Data)[] sections) => Build(null, sections);

    public static byte[] Build((string Name, ulong Flags, byte[] Data)? nullSection, params (string Name, ulong Flags, byte[] Data)[] sections)
    {
        var all = new List<(string Name, ulong Flags, byte[] Data)>();
        all.Add(nullSection ?? (string.Empty, 0, Array.Empty<byte>()));
        all.AddRange(sections);
        var names = new StringBuilder("\0");
        var nameIndex = new List<int>();
        foreach (var section in all)
        {
            nameIndex.Add(section.Name.Length == 0 ? 0 : names.Length);
            if (section.Name.Length > 0)
            {
                names.Append(section.Name).Append('\0');
            }
        }

        var shstrtabName = names.Length;
        names.Append(".shstrtab\0");
        var strtab = Encoding.ASCII.GetBytes(names.ToString());
        all.Add((".shstrtab", 0, strtab));
        nameIndex.Add(shstrtabName);

        var offsets = new List<int>();
        var at = 64;
        foreach (var section in all)
        {
            offsets.Add(at);
            at += section.Data.Length;
        }

        var shOff = (at + 7) & ~7;
        var elf = new byte[shOff + (all.Count * 64)];
        elf[0] = 0x7F;
        elf[1] = (byte)'E';
        elf[2] = (byte)'L';
        elf[3] = (byte)'F';
        elf[4] = 2;
        elf[5] = 1;
        BitConverter.TryWriteBytes(elf.AsSpan(0x28), (ulong)shOff);
        BitConverter.TryWriteBytes(elf.AsSpan(0x3A), (ushort)64);
        BitConverter.TryWriteBytes(elf.AsSpan(0x3C), (ushort)all.Count);
        BitConverter.TryWriteBytes(elf.AsSpan(0x3E), (ushort)(all.Count - 1));
        for (var i = 0; i < all.Count; i++)
        {
            all[i].Data.CopyTo(elf, offsets[i]);
            var header = shOff + (i * 64);
            BitConverter.TryWriteBytes(elf.AsSpan(header), (uint)nameIndex[i]);
            BitConverter.TryWriteBytes(elf.AsSpan(header + 0x08), all[i].Flags);
            BitConverter.TryWriteBytes(elf.AsSpan(header + 0x18), (ulong)offsets[i]);
            BitConverter.TryWriteBytes(elf.AsSpan(header + 0x20), (ulong)all[i].Data.Length);
        }

        return elf;
    }
}
