using System;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport;

/// <summary>
/// The module's control file (<c>.cmd</c>): one write carries exactly one frame and one read returns exactly one
/// whole frame. All I/O of <see cref="ModuleClient"/> goes through this interface, so tests can play the module's side.
/// </summary>
public interface IControlChannel : IAsyncDisposable
{
    /// <summary>Waits for the next frame from the module.</summary>
    /// <param name="buffer">At least <see cref="TransportLimits.MinimumReadSize"/> bytes; a smaller buffer would lose the message.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The frame length; fewer than 4 bytes means the channel is gone.</returns>
    /// <exception cref="ControlChannelException">The read failed.</exception>
    ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken);

    /// <summary>Writes one frame; the module handles it before the write returns.</summary>
    /// <param name="frame">One encoded frame.</param>
    /// <param name="cancellationToken">Cancels the write if it has not started.</param>
    /// <exception cref="ControlChannelException">The module refused the frame (for example <c>EINVAL</c> for an unknown type).</exception>
    ValueTask WriteAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken);
}
