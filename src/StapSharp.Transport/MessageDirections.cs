using System;

namespace StapSharp.Transport;

/// <summary>Who writes a control message.</summary>
[Flags]
public enum MessageDirections
{
    /// <summary>Nobody: the number is reserved, obsolete or a sentinel.</summary>
    None = 0,

    /// <summary>User space writes it to the module.</summary>
    ToModule = 1,

    /// <summary>The module queues it for user space.</summary>
    FromModule = 2,
}
