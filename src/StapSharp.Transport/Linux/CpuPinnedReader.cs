using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport;

/// <summary>
/// Reads one CPU's relay file from a thread bound to that CPU. The runtime's read handler
/// (<c>__stp_relay_file_read</c>) first switches out the buffer's partly filled sub-buffer under the print lock of
/// the CPU it runs on; only a reader running on the buffer's own CPU is thereby excluded from a probe that is
/// still copying a record into that sub-buffer. Read from another CPU, the half-written record is released and
/// arrives as junk (seen in the VM: a 3358-byte record lost under load). stapio binds its reader threads the same way.
/// </summary>
internal sealed class CpuPinnedReader : IDisposable
{
    // The module wakes readers about every millisecond when data was committed.
    private static readonly TimeSpan s_retryDelay = TimeSpan.FromMilliseconds(5);

    private readonly int _cpu;
    private readonly LinuxFile _file;
    private readonly BlockingCollection<Action> _work = [];
    private readonly Thread _thread;

    public CpuPinnedReader(int cpu, LinuxFile file)
    {
        _cpu = cpu;
        _file = file;
        _thread = new Thread(Run) { IsBackground = true, Name = "stapsharp trace" + cpu };
        _thread.Start();
    }

    /// <summary>False when the thread could not be bound (the CPU went offline); reads then run unbound.</summary>
    public bool IsPinned { get; private set; }

    /// <summary>Reads on the pinned thread, polling until data arrives or <paramref name="wait"/> has passed.</summary>
    public Task<int> ReadAsync(Memory<byte> buffer, TimeSpan wait, CancellationToken cancellationToken)
    {
        var completion = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _work.Add(() =>
        {
            try
            {
                completion.TrySetResult(Read(buffer.Span, wait, cancellationToken));
            }
            catch (OperationCanceledException e)
            {
                completion.TrySetCanceled(e.CancellationToken);
            }
            catch (Exception e)
            {
                // Everything goes to the awaiting reader: an exception must not end this thread (or the process).
                completion.TrySetException(e);
            }
        });
        return completion.Task;
    }

    /// <summary>Stops the thread after the read in progress (at most one poll interval), so the file can be closed.</summary>
    public void Dispose()
    {
        _work.CompleteAdding();
        if (Thread.CurrentThread != _thread)
        {
            _thread.Join(TimeSpan.FromSeconds(2));
        }
    }

    private int Read(Span<byte> buffer, TimeSpan wait, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = _file.Read(buffer);
            if (n > 0)
            {
                return n;
            }

            if (n < 0 && -n is not (Errno.ENODATA or Errno.EAGAIN or Errno.EINTR))
            {
                throw new ControlChannelException($"Reading {_file.Path} failed", -n);
            }

            var remaining = wait - waited.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                return 0;
            }

            cancellationToken.WaitHandle.WaitOne(remaining < s_retryDelay ? remaining : s_retryDelay);
        }
    }

    private unsafe void Run()
    {
        // A 1024-CPU mask, as glibc's cpu_set_t.
        var mask = stackalloc ulong[16];
        if (_cpu is >= 0 and < 1024)
        {
            mask[_cpu / 64] = 1UL << (_cpu % 64);
            IsPinned = LibC.SchedSetAffinity(0, 16 * sizeof(ulong), mask) == 0;
        }

        foreach (var work in _work.GetConsumingEnumerable())
        {
            work();
        }
    }
}
