namespace StapSharp.Semantics
{
    /// <summary>Where a <see cref="KernelSymbolTable"/> came from, in the order they are tried.</summary>
    internal enum KernelSymbolSource
    {
        /// <summary>No source had the symbols: nothing can be said about a symbol's presence.</summary>
        None = 0,

        /// <summary>A real <c>System.map</c> (the build tree's, or <c>/boot/System.map-RELEASE</c>), not a distribution stub.</summary>
        SystemMap,

        /// <summary><c>/proc/kallsyms</c> read once from the target kernel booted in QEMU and cached.</summary>
        GuestKallsyms,

        /// <summary>The kallsyms tables compiled into the kernel image (the linux-image package's vmlinuz).</summary>
        KernelImage,
    }
}
