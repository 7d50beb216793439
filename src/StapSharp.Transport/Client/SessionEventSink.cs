using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace StapSharp.Transport;

/// <summary>
/// The bounded queue between a session and the consumer of <see cref="ModuleClient.RunAsync"/>. A slow consumer
/// holds the session back (output stops being read, so the module's relay buffers fill and the module counts what
/// it loses, as with a slow stapio) instead of the client buffering without limit as root. Once the consumer has
/// stopped reading, pending and later writes are dropped (and counted) so the session can still stop and unload.
/// </summary>
internal sealed class SessionEventSink
{
    /// <summary>Events the consumer may be behind by; output records are at most a read buffer each.</summary>
    public const int Capacity = 256;

    private readonly Channel<ModuleEvent> _channel = Channel.CreateBounded<ModuleEvent>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly CancellationTokenSource _consumerGone = new();
    private long _dropped;

    public ChannelReader<ModuleEvent> Reader => _channel.Reader;

    /// <summary>Events dropped because the consumer had stopped reading.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Waits for room, then queues the event; drops it when the consumer is gone.</summary>
    public async ValueTask WriteAsync(ModuleEvent e)
    {
        try
        {
            await _channel.Writer.WriteAsync(e, _consumerGone.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    /// <summary>The consumer stopped reading: release writers that wait and drop from now on.</summary>
    public void ConsumerGone()
    {
        try
        {
            _consumerGone.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already finished.
        }
    }

    public void Complete() => _channel.Writer.TryComplete();
}
