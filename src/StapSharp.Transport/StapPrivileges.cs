using System;

namespace StapSharp.Transport;

/// <summary>SystemTap privilege bits (<c>privilege_t</c>), sent in <c>STP_PRIVILEGE_CREDENTIALS</c>.</summary>
[Flags]
public enum StapPrivileges
{
    /// <summary>No privilege (<c>pr_none</c>).</summary>
    None = 0,

    /// <summary>Unknown (<c>pr_unknown</c>).</summary>
    Unknown = 1,

    /// <summary>Member of <c>stapusr</c> (<c>pr_stapusr</c>).</summary>
    StapUsr = 2,

    /// <summary>Member of <c>stapsys</c> (<c>pr_stapsys</c>).</summary>
    StapSys = 4,

    /// <summary>Member of <c>stapdev</c> (<c>pr_stapdev</c>).</summary>
    StapDev = 8,

    /// <summary>Everything (<c>pr_all</c>): what root sends.</summary>
    All = StapUsr | StapSys | StapDev,
}
