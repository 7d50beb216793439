namespace StapSharp.Vm.Testing;

/// <summary>How a guest job ended with respect to its time limit.</summary>
public enum VmTimeout
{
    /// <summary>The job exited by itself.</summary>
    None = 0,

    /// <summary>The job got SIGINT at its time limit (stapio then runs the end probes and usually exits 0).</summary>
    Interrupted = 1,

    /// <summary>The job ignored SIGINT and was killed with SIGKILL after the grace period.</summary>
    Killed = 2,
}
