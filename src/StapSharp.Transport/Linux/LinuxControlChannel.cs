using System;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport;

/// <summary>The <c>.cmd</c> file of a loaded module, opened non-blocking so waits can be cancelled.</summary>
internal sealed class LinuxControlChannel(LinuxFile file) : IControlChannel
{
    public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (buffer.Length < TransportLimits.MinimumReadSize)
        {
            throw new ArgumentException($"Control reads need at least {TransportLimits.MinimumReadSize} bytes, or the module drops the message.", nameof(buffer));
        }

        return new ValueTask<int>(Task.Run(
            () =>
            {
                while (true)
                {
                    file.WaitReadable(Timeout.InfiniteTimeSpan, cancellationToken);
                    var n = file.Read(buffer.Span);
                    if (n >= 0)
                    {
                        return n;
                    }

                    if (-n is not (Errno.EAGAIN or Errno.EINTR))
                    {
                        throw new ControlChannelException($"Reading {file.Path} failed", -n);
                    }
                }
            },
            cancellationToken));
    }

    public ValueTask WriteAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Handled synchronously by the module (STP_START runs the begin probes), so keep it off the caller's thread.
        return new ValueTask(Task.Run(
            () =>
            {
                var n = file.Write(frame.Span);
                if (n < 0)
                {
                    throw new ControlChannelException($"The module refused a message on {file.Path}", -n);
                }

                if (n == 0)
                {
                    throw new ControlChannelException($"The module ignored a message on {file.Path} (payload too short)", Errno.EINVAL);
                }
            },
            CancellationToken.None));
    }

    public ValueTask DisposeAsync()
    {
        file.Dispose();
        return default;
    }
}
