using System;

namespace StapSharp.Testing
{
    /// <summary>The real peers a test can need (combine with |).</summary>
    [Flags]
    public enum Needs
    {
        /// <summary>Nothing outside the repository.</summary>
        None = 0,

        /// <summary>The real stap translator (only passes 1 and 2 are ever run on the host).</summary>
        Stap = 1,

        /// <summary>An installed kernel build tree (linux-headers) for the detected <see cref="Prerequisites.Kernel"/>.</summary>
        KernelBuildTree = 2,

        /// <summary>The SystemTap runtime C sources and make, to build modules with kbuild.</summary>
        ModuleBuild = 4 | KernelBuildTree,

        /// <summary>The installed tapsets (/usr/share/systemtap/tapset).</summary>
        Tapsets = 8,

        /// <summary>The installed example scripts (/usr/share/systemtap/examples).</summary>
        Examples = 16,
    }
}
