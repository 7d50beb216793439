namespace StapSharp.Transport;

/// <summary>How the module's per-CPU output is delivered.</summary>
public enum TraceOutputMode
{
    /// <summary>Records of all CPUs merged in sequence order (the default, like <c>stapio</c> without <c>-b</c>).</summary>
    Normal = 0,

    /// <summary>Bulk mode (<c>stap -b</c>): records are delivered per CPU as they arrive, without merging.</summary>
    Bulk = 1,
}
