using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport;

/// <summary>
/// A relay <c>trace&lt;N&gt;</c> file, opened non-blocking: an empty relay answers ENODATA ("nothing yet"), and the
/// reader waits with a timer rather than in a blocking <c>poll</c>, so no thread-pool thread is held.
/// </summary>
internal sealed class LinuxTraceFile(int cpu, LinuxFile file) : ITraceFile
{
    // The module wakes readers about every millisecond when data was committed.
    private static readonly TimeSpan s_retryDelay = TimeSpan.FromMilliseconds(5);

    public int Cpu { get; } = cpu;

    public async ValueTask<int> ReadAsync(Memory<byte> buffer, TimeSpan wait, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = file.Read(buffer.Span);
            if (n > 0)
            {
                return n;
            }

            if (n < 0 && -n is not (Errno.ENODATA or Errno.EAGAIN or Errno.EINTR))
            {
                throw new ControlChannelException($"Reading {file.Path} failed", -n);
            }

            var remaining = wait - waited.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                return 0;
            }

            await Task.Delay(remaining < s_retryDelay ? remaining : s_retryDelay, cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync()
    {
        file.Dispose();
        return default;
    }
}
