namespace StapSharp.Transport;

/// <summary>Why a session stopped.</summary>
public enum ModuleStopReason
{
    /// <summary>The module sent <c>STP_REQUEST_EXIT</c> (the script called <c>exit()</c> or hit an error).</summary>
    ModuleRequested = 0,

    /// <summary><see cref="ModuleClient.RequestStop"/> was called (for example on SIGINT/SIGTERM).</summary>
    StopRequested = 1,

    /// <summary>The cancellation token passed to <see cref="ModuleClient.RunAsync"/> was cancelled.</summary>
    Cancelled = 2,
}
