using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport.Tests;

/// <summary>A trace file fed by the test: each <see cref="Add"/> becomes what one read returns (split if the buffer is smaller).</summary>
internal sealed class MemoryTraceFile(int cpu) : ITraceFile
{
    private readonly ConcurrentQueue<byte[]> _chunks = new();
    private readonly SemaphoreSlim _signal = new(0);
    private byte[]? _current;
    private int _offset;

    public int Cpu { get; } = cpu;

    public bool Disposed { get; private set; }

    /// <summary>Chunks added but not yet (completely) read: what the "kernel" still holds.</summary>
    public int Pending => _chunks.Count + (_current is null ? 0 : 1);

    public MemoryTraceFile Add(params byte[][] chunks)
    {
        // A real read never returns 0 bytes while data is pending; 0 means "nothing now".
        foreach (var c in chunks)
        {
            if (c.Length == 0)
            {
                continue;
            }

            _chunks.Enqueue(c);
            _signal.Release();
        }

        return this;
    }

    public async ValueTask<int> ReadAsync(Memory<byte> buffer, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (_current is null)
        {
            if (!await _signal.WaitAsync(wait, cancellationToken) || !_chunks.TryDequeue(out _current))
            {
                return 0;
            }

            _offset = 0;
        }

        var count = Math.Min(buffer.Length, _current.Length - _offset);
        _current.AsMemory(_offset, count).CopyTo(buffer);
        _offset += count;
        if (_offset == _current.Length)
        {
            _current = null;
        }

        return count;
    }

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }
}
