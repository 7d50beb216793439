using System;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport;

/// <summary>One per-CPU <c>trace&lt;N&gt;</c> file of a loaded module (or an in-memory stand-in in tests).</summary>
public interface ITraceFile : IAsyncDisposable
{
    /// <summary>The CPU the file belongs to.</summary>
    int Cpu { get; }

    /// <summary>Reads whatever bytes are available, waiting at most <paramref name="wait"/> for the first one.</summary>
    /// <param name="buffer">Where to put the bytes.</param>
    /// <param name="wait">How long to wait when nothing is available.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The number of bytes read; 0 when nothing arrived within <paramref name="wait"/>.</returns>
    ValueTask<int> ReadAsync(Memory<byte> buffer, TimeSpan wait, CancellationToken cancellationToken);
}
