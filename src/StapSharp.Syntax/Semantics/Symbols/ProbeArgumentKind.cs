namespace StapSharp.Semantics
{
    /// <summary>The literal argument a probe point component takes.</summary>
    public enum ProbeArgumentKind
    {
        /// <summary>No argument: <c>begin</c>, <c>.return</c>.</summary>
        None = 0,

        /// <summary>A number: <c>timer.ms(100)</c>.</summary>
        Number = 1,

        /// <summary>A string: <c>kernel.function("vfs_read")</c>.</summary>
        String = 2,
    }
}
