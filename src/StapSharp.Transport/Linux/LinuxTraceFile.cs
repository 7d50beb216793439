using System;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport;

/// <summary>A relay <c>trace&lt;N&gt;</c> file; an empty relay answers ENODATA, which means "nothing yet".</summary>
internal sealed class LinuxTraceFile(int cpu, LinuxFile file) : ITraceFile
{
    public int Cpu { get; } = cpu;

    public ValueTask<int> ReadAsync(Memory<byte> buffer, TimeSpan wait, CancellationToken cancellationToken) =>
        new(Task.Run(
            () =>
            {
                if (!file.WaitReadable(wait, cancellationToken))
                {
                    return 0;
                }

                var n = file.Read(buffer.Span);
                if (n > 0)
                {
                    return n;
                }

                if (n < 0 && -n is not (Errno.ENODATA or Errno.EAGAIN or Errno.EINTR))
                {
                    throw new ControlChannelException($"Reading {file.Path} failed", -n);
                }

                // A finalized relay stays "readable" (POLLERR) with nothing to read: do not spin.
                Thread.Sleep(TimeSpan.FromMilliseconds(Math.Min(10, Math.Max(0, wait.TotalMilliseconds))));
                return 0;
            },
            cancellationToken));

    public ValueTask DisposeAsync()
    {
        file.Dispose();
        return default;
    }
}
