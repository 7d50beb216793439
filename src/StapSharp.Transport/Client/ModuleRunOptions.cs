using System;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport;

/// <summary>Immutable settings of <see cref="ModuleClient.RunAsync"/>; change them with the <c>With*</c> methods.</summary>
public sealed class ModuleRunOptions
{
    private ModuleRunOptions()
    {
    }

    /// <summary>No target, root credentials, no <c>system()</c> handler, 30 s exit timeout.</summary>
    public static ModuleRunOptions Default { get; } = new();

    /// <summary>The target process sent in <c>STP_START</c> (<c>stap -x</c>); 0 for none.</summary>
    public int TargetPid { get; private set; }

    /// <summary>The pid whose namespaces the script uses (<c>stap -N</c>); 0 sends nothing.</summary>
    public int NamespacesPid { get; private set; }

    /// <summary>The privileges sent in <c>STP_PRIVILEGE_CREDENTIALS</c>; root sends <see cref="StapPrivileges.All"/>.</summary>
    public StapPrivileges Privileges { get; private set; } = StapPrivileges.All;

    /// <summary>The <c>STP_REMOTE_ID</c> to send, or null.</summary>
    public RemoteIdMessage? RemoteId { get; private set; }

    /// <summary>
    /// Runs <c>system(cmd)</c> requests. Null (the default) never runs anything: requests only appear as
    /// <see cref="SystemCommandEvent"/>s. There is deliberately no built-in shell.
    /// </summary>
    public Func<string, CancellationToken, Task>? SystemCommandHandler { get; private set; }

    /// <summary>How long to wait for the module's <c>STP_EXIT</c> reply before unloading anyway.</summary>
    public TimeSpan ExitTimeout { get; private set; } = TimeSpan.FromSeconds(30);

    /// <summary>Data-channel settings (the output mode is detected with <c>STP_BULK</c> and overrides the one given here).</summary>
    public TraceReaderOptions TraceOptions { get; private set; } = TraceReaderOptions.Default;

    /// <summary>Returns a copy with a target pid.</summary>
    /// <param name="targetPid">The pid, 0 for none.</param>
    /// <returns>The new options.</returns>
    public ModuleRunOptions WithTargetPid(int targetPid) => With(o => o.TargetPid = targetPid);

    /// <summary>Returns a copy with a namespaces pid.</summary>
    /// <param name="namespacesPid">The pid, 0 for none.</param>
    /// <returns>The new options.</returns>
    public ModuleRunOptions WithNamespacesPid(int namespacesPid) => With(o => o.NamespacesPid = namespacesPid);

    /// <summary>Returns a copy with other privilege credentials.</summary>
    /// <param name="privileges">The privileges.</param>
    /// <returns>The new options.</returns>
    public ModuleRunOptions WithPrivileges(StapPrivileges privileges) => With(o => o.Privileges = privileges);

    /// <summary>Returns a copy that sends <c>STP_REMOTE_ID</c>.</summary>
    /// <param name="remoteId">The message, or null to send none.</param>
    /// <returns>The new options.</returns>
    public ModuleRunOptions WithRemoteId(RemoteIdMessage? remoteId) => With(o => o.RemoteId = remoteId);

    /// <summary>Returns a copy with a <c>system()</c> handler (opt-in).</summary>
    /// <param name="handler">The handler, or null to ignore requests.</param>
    /// <returns>The new options.</returns>
    public ModuleRunOptions WithSystemCommandHandler(Func<string, CancellationToken, Task>? handler) => With(o => o.SystemCommandHandler = handler);

    /// <summary>Returns a copy with another exit timeout.</summary>
    /// <param name="exitTimeout">The timeout.</param>
    /// <returns>The new options.</returns>
    public ModuleRunOptions WithExitTimeout(TimeSpan exitTimeout) => With(o => o.ExitTimeout = exitTimeout);

    /// <summary>Returns a copy with other data-channel settings.</summary>
    /// <param name="traceOptions">The settings.</param>
    /// <returns>The new options.</returns>
    public ModuleRunOptions WithTraceOptions(TraceReaderOptions traceOptions) =>
        With(o => o.TraceOptions = traceOptions ?? throw new ArgumentNullException(nameof(traceOptions)));

    private ModuleRunOptions With(Action<ModuleRunOptions> change)
    {
        var copy = (ModuleRunOptions)MemberwiseClone();
        change(copy);
        return copy;
    }
}
