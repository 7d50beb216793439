using System;

namespace StapSharp.Semantics
{
    /// <summary>
    /// One kernel symbol as <c>/proc/kallsyms</c> and <c>System.map</c> list it: address (0 when the source hides it),
    /// nm-style type letter, name, and the module for a symbol that is not in vmlinux.
    /// </summary>
    internal readonly struct KernelSymbol : IEquatable<KernelSymbol>
    {
        public KernelSymbol(ulong address, char type, string name, string? module = null)
        {
            Address = address;
            Type = type;
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Module = module;
        }

        public ulong Address { get; }

        /// <summary>The nm type: <c>T</c>/<c>t</c> text, <c>W</c>/<c>w</c> weak, <c>D</c>/<c>d</c> data, <c>A</c> absolute...</summary>
        public char Type { get; }

        public string Name { get; }

        /// <summary>The module (<c>[ext4]</c> in kallsyms), or null for the kernel image itself.</summary>
        public string? Module { get; }

        /// <summary>Code that a kprobe can be put on: a text symbol, global or local, or a weak one.</summary>
        public bool IsFunction => Type is 'T' or 't' or 'W' or 'w';

        public bool Equals(KernelSymbol other) =>
            Address == other.Address && Type == other.Type && Name == other.Name && Module == other.Module;

        public override bool Equals(object? obj) => obj is KernelSymbol other && Equals(other);

        public override int GetHashCode() => (Name.GetHashCode() * 31 + Address.GetHashCode()) * 31 + Type;

        /// <summary>The <c>/proc/kallsyms</c> line: <c>ffffffff81234560 T vfs_read</c>, with <c>\t[module]</c> when set.</summary>
        public override string ToString() =>
            Address.ToString("x16", System.Globalization.CultureInfo.InvariantCulture) + " " + Type + " " + Name
            + (Module != null ? "\t[" + Module + "]" : string.Empty);
    }
}
