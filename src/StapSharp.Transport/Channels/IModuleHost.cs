using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport;

/// <summary>
/// The operating-system side of a session: loading and unloading a module, opening its control and trace files,
/// and the facts the start-up sequence sends (relocations, time zone). <see cref="LinuxModuleHost"/> is the real
/// one; tests supply a scripted host.
/// </summary>
public interface IModuleHost
{
    /// <summary>Loads a module image (the <c>init_module</c> system call).</summary>
    /// <param name="image">The whole <c>.ko</c> file.</param>
    /// <param name="moduleName">The name the module will have (for messages).</param>
    /// <param name="parameters">Space-separated <c>name=value</c> module parameters.</param>
    /// <param name="cancellationToken">Cancels before the call starts.</param>
    /// <exception cref="ModuleLoadException">The kernel refused the module.</exception>
    ValueTask LoadModuleAsync(ReadOnlyMemory<byte> image, string moduleName, string parameters, CancellationToken cancellationToken);

    /// <summary>Unloads a module (the <c>delete_module</c> system call).</summary>
    /// <param name="moduleName">The module name.</param>
    /// <param name="cancellationToken">Cancels retries.</param>
    /// <returns>False when the module was not loaded (any more).</returns>
    /// <exception cref="ModuleLoadException">The module is loaded but could not be removed.</exception>
    ValueTask<bool> UnloadModuleAsync(string moduleName, CancellationToken cancellationToken);

    /// <summary>Opens the module's <c>.cmd</c> file; only one opener may exist at a time.</summary>
    /// <param name="moduleName">The module name.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ControlChannelException">The file is missing or busy (<c>EBUSY</c>).</exception>
    ValueTask<IControlChannel> OpenControlChannelAsync(string moduleName, CancellationToken cancellationToken);

    /// <summary>Opens the module's per-CPU <c>trace&lt;N&gt;</c> files.</summary>
    /// <param name="moduleName">The module name.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>The files, one per CPU that was online when the module was loaded.</returns>
    ValueTask<IReadOnlyList<ITraceFile>> OpenTraceFilesAsync(string moduleName, CancellationToken cancellationToken);

    /// <summary>Collects the relocations to send before start: kernel symbols first (<c>_stext</c> leads), then module sections.</summary>
    /// <param name="protocol">The protocol version (5.x wants one more kernel symbol).</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <returns>The relocation messages in sending order.</returns>
    ValueTask<IReadOnlyList<RelocationMessage>> GetRelocationsAsync(TransportProtocol protocol, CancellationToken cancellationToken);

    /// <summary>The local time zone as the module wants it.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The message to send.</returns>
    ValueTask<TimeZoneInfoMessage> GetTimeZoneAsync(CancellationToken cancellationToken);
}
