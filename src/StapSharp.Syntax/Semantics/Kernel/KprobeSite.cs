namespace StapSharp.Semantics
{
    /// <summary>What <see cref="KernelSymbolTable.ClassifyKprobe"/> says about a function as a kprobe target.</summary>
    internal enum KprobeSite
    {
        /// <summary>No symbol source: the kernel decides at registration time.</summary>
        Unknown = 0,

        /// <summary>No function of that name in vmlinux.</summary>
        NoSuchFunction,

        /// <summary>The function exists and the kernel's kprobe blacklist has it: registration would fail.</summary>
        Blacklisted,

        /// <summary>The function exists and is not blacklisted.</summary>
        Probeable,

        /// <summary>The function exists; the blacklist could not be read.</summary>
        ExistsBlacklistUnknown,
    }
}
