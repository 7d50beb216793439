using System;

namespace StapSharp.Syntax
{
    /// <summary>
    /// The flag of a printf directive. SystemTap reads at most one flag character per directive
    /// (<c>%-08d</c> is the flag <c>-</c> and the width <c>08</c>; <c>%+-5d</c> is an error).
    /// </summary>
    [Flags]
    public enum PrintfFlags
    {
        /// <summary>No flag.</summary>
        None = 0,

        /// <summary><c>-</c>: left-justify within the field width.</summary>
        LeftJustify = 1,

        /// <summary><c>+</c>: always print a sign.</summary>
        ForceSign = 2,

        /// <summary>A space: a blank before positive numbers.</summary>
        SpaceSign = 4,

        /// <summary><c>#</c>: the alternate form (<c>0x</c>, leading <c>0</c>, escaped characters, user memory for <c>%m</c>).</summary>
        Alternate = 8,

        /// <summary><c>0</c>: pad with zeros.</summary>
        ZeroPad = 16,
    }
}
