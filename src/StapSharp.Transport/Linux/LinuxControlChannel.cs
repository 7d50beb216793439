using System;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport;

/// <summary>
/// The <c>.cmd</c> file of a loaded module, opened non-blocking. Reads retry after a short delay instead of
/// blocking a thread-pool thread in <c>poll</c>: on a small machine (2 CPUs in the test VM) blocked pool threads
/// starve the rest of the session for seconds.
/// </summary>
internal sealed class LinuxControlChannel(LinuxFile file) : IControlChannel
{
    // The module itself notices queued messages only every 20 ms, so polling faster gains nothing.
    private static readonly TimeSpan s_retryDelay = TimeSpan.FromMilliseconds(10);

    public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (buffer.Length < TransportLimits.MinimumReadSize)
        {
            throw new ArgumentException($"Control reads need at least {TransportLimits.MinimumReadSize} bytes, or the module drops the message.", nameof(buffer));
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = file.Read(buffer.Span);
            if (n >= 0)
            {
                return n;
            }

            if (-n is not (Errno.EAGAIN or Errno.EINTR))
            {
                throw new ControlChannelException($"Reading {file.Path} failed", -n);
            }

            await Task.Delay(s_retryDelay, cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask WriteAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // The module handles the message inside write (STP_START runs the begin probes); one thread waits for it.
        var n = file.Write(frame.Span);
        if (n < 0)
        {
            throw new ControlChannelException($"The module refused a message on {file.Path}", -n);
        }

        if (n == 0)
        {
            throw new ControlChannelException($"The module ignored a message on {file.Path} (payload too short)", Errno.EINVAL);
        }

        return default;
    }

    public ValueTask DisposeAsync()
    {
        file.Dispose();
        return default;
    }
}
