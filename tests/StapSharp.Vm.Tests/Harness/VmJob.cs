namespace StapSharp.Vm.Testing;

/// <summary>
/// One command run in the guest. <see cref="Command"/> is a simple shell command (words, quotes, VAR=value
/// prefixes, redirections) that the guest exec's, so a time-out's SIGINT reaches the program itself; wrap
/// pipelines in <c>sh -c '...'</c>. Busybox applets win over same-named files on PATH: call copied binaries by
/// their absolute path.
/// </summary>
/// <param name="Name">Unique within a run: letters, digits and <c>_.+-</c>.</param>
/// <param name="Command">The guest command line.</param>
/// <param name="TimeoutSeconds">SIGINT after this long, SIGKILL after the grace period that follows.</param>
public sealed record VmJob(string Name, string Command, int TimeoutSeconds = 30)
{
    /// <summary>A guest command run alongside the job, from its start until it ends (run-modules.sh <c>--while</c>), e.g.
    /// to read and write the module's procfs files; it waits for what it needs itself, and its output is dropped.</summary>
    public string? WhileCommand { get; init; }
}
