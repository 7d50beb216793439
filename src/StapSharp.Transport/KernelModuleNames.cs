using System;
using System.Buffers.Binary;
using System.Text;

namespace StapSharp.Transport;

/// <summary>Kernel module naming rules, and reading the name a <c>.ko</c> image gives itself.</summary>
public static class KernelModuleNames
{
    // struct module on 64-bit kernels: enum module_state (4) + padding (4) + struct list_head (16), then char name[56].
    private const int ThisModuleNameOffset = 24;
    private const string ThisModuleSection = ".gnu.linkonce.this_module";
    private const string PrivilegeSection = ".stap_privilege";
    private const ulong ShfAlloc = 0x2;

    /// <summary>
    /// True for names the transport can use: 1…55 bytes of letters, digits and <c>_</c> (kbuild turns <c>-</c> into
    /// <c>_</c>; <c>stap -m</c> accepts only <c>[a-z0-9_]</c>).
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValid(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > TransportLimits.MaxKernelModuleNameLength)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Derives a name from a path the way staprun does: the text after the last <c>/</c>, cut at its last <c>.</c>.</summary>
    /// <param name="path">The module path, for example <c>/tmp/stap_abc.ko</c>.</param>
    /// <returns>The name, for example <c>stap_abc</c>.</returns>
    public static string FromPath(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var file = path.Substring(path.LastIndexOf('/') + 1);
        var dot = file.LastIndexOf('.');
        return dot > 0 ? file.Substring(0, dot) : file;
    }

    /// <summary>
    /// Reads the module name embedded in a 64-bit little-endian ELF <c>.ko</c> image exactly as the kernel's
    /// <c>setup_load_info</c> does: the <c>name</c> field of <c>struct module</c> in the section that <c>find_sec</c>
    /// finds for <c>.gnu.linkonce.this_module</c>.
    /// </summary>
    /// <param name="image">The whole file.</param>
    /// <param name="name">The embedded name.</param>
    /// <returns>False when the image is not such an ELF file or has no readable name.</returns>
    public static bool TryReadEmbeddedName(ReadOnlySpan<byte> image, out string name)
    {
        name = string.Empty;
        if (!TryFindSection(image, ThisModuleSection, out var offset, out var size) || size < ThisModuleNameOffset + 1)
        {
            return false;
        }

        var field = image.Slice(offset + ThisModuleNameOffset, (int)Math.Min(size - ThisModuleNameOffset, TransportLimits.MaxKernelModuleNameLength + 1));
        var nul = field.IndexOf((byte)0);
        if (nul <= 0)
        {
            return false;
        }

        name = Encoding.ASCII.GetString(field.Slice(0, nul).ToArray());
        return IsValid(name);
    }

    /// <summary>True when the image has the <c>.stap_privilege</c> section that stap and StapSharp put in every module.</summary>
    /// <param name="image">The whole file.</param>
    /// <returns>False for any other kernel module (or a damaged image).</returns>
    internal static bool HasSystemTapPrivilegeSection(ReadOnlySpan<byte> image) =>
        TryFindSection(image, PrivilegeSection, out _, out var size) && size >= 4;

    /// <summary>
    /// The kernel's <c>find_sec</c> (kernel/module/main.c): section headers from index 1 (0 is the null section),
    /// only sections with <c>SHF_ALLOC</c> ("alloc bit cleared means ignore it"), the first whose name equals
    /// <paramref name="wanted"/> exactly. Reading names any other way could name a module the kernel calls
    /// differently, and the client would then attach to, and unload, that other module.
    /// </summary>
    private static bool TryFindSection(ReadOnlySpan<byte> elf, string wanted, out int sectionOffset, out long sectionSize)
    {
        sectionOffset = 0;
        sectionSize = 0;

        // ELF64, little-endian: "\x7FELF", EI_CLASS = 2, EI_DATA = 1.
        if (elf.Length < 64 || elf[0] != 0x7F || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F' || elf[4] != 2 || elf[5] != 1)
        {
            return false;
        }

        var shoff = BinaryPrimitives.ReadUInt64LittleEndian(elf.Slice(0x28));
        var shentsize = BinaryPrimitives.ReadUInt16LittleEndian(elf.Slice(0x3A));
        var shnum = BinaryPrimitives.ReadUInt16LittleEndian(elf.Slice(0x3C));
        var shstrndx = BinaryPrimitives.ReadUInt16LittleEndian(elf.Slice(0x3E));
        if (shentsize < 64 || shstrndx >= shnum || shoff > (ulong)elf.Length || (ulong)shnum * shentsize > (ulong)elf.Length - shoff)
        {
            return false;
        }

        if (!TryGetSection(elf, (int)shoff + (shstrndx * shentsize), out var strOffset, out var strSize))
        {
            return false;
        }

        var names = elf.Slice(strOffset, (int)strSize);
        var wantedBytes = Encoding.ASCII.GetBytes(wanted + "\0");
        for (var i = 1; i < shnum; i++)
        {
            var header = (int)shoff + (i * shentsize);
            var flags = BinaryPrimitives.ReadUInt64LittleEndian(elf.Slice(header + 0x08));
            var nameIndex = BinaryPrimitives.ReadUInt32LittleEndian(elf.Slice(header));
            if ((flags & ShfAlloc) == 0 || nameIndex >= names.Length || !names.Slice((int)nameIndex).StartsWith(wantedBytes))
            {
                continue;
            }

            // The kernel takes the first match; a damaged one is an error, never a reason to look further.
            return TryGetSection(elf, header, out sectionOffset, out sectionSize);
        }

        return false;
    }

    private static bool TryGetSection(ReadOnlySpan<byte> elf, int header, out int offset, out long size)
    {
        var off = BinaryPrimitives.ReadUInt64LittleEndian(elf.Slice(header + 0x18));
        var len = BinaryPrimitives.ReadUInt64LittleEndian(elf.Slice(header + 0x20));
        var ok = off <= (ulong)elf.Length && len <= (ulong)elf.Length - off;
        offset = ok ? (int)off : 0;
        size = ok ? (long)len : 0;
        return ok;
    }
}
