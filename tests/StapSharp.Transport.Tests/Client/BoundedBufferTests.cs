using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport.Tests;

/// <summary>
/// The client runs as root: a module that prints faster than the consumer reads must not grow its memory without
/// limit. Output is read from the trace files only as fast as it is consumed (the rest stays in the "kernel"), and
/// only a bounded number of module messages is kept for the start failure report.
/// </summary>
public sealed class BoundedBufferTests
{
    private static readonly byte[] s_image = [1, 2, 3];

    private static ModuleLoadOptions Named => ModuleLoadOptions.Default.WithModuleName("stap_test");

    private static ModuleRunOptions Fast => ModuleRunOptions.Default
        .WithExitTimeout(TimeSpan.FromSeconds(5))
        .WithTraceOptions(TraceReaderOptions.Default.WithPollInterval(TimeSpan.FromMilliseconds(5)));

    [Fact]
    public async Task A_slow_reader_keeps_the_client_buffer_bounded()
    {
        const int Records = 5000;
        var module = new ScriptedModule(cpus: 1)
        {
            OnStart = m =>
            {
                for (var i = 0; i < Records; i++)
                {
                    m.Print(0, $"line {i}\n");
                }

                return 0;
            },
        };
        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None);

        var consumed = 0;
        var maxAhead = 0;
        var stillInKernel = 0;
        await foreach (var e in client.RunAsync(Fast, CancellationToken.None))
        {
            if (e is not ModuleOutputEvent)
            {
                continue;
            }

            consumed++;
            await Task.Delay(consumed == 1 ? 500 : 2);
            var readFromKernel = Records - module.Cpus[0].Pending;
            maxAhead = Math.Max(maxAhead, readFromKernel - consumed);
            if (consumed == 200)
            {
                stillInKernel = module.Cpus[0].Pending;
                break;
            }
        }

        // Held by the client at most: the session's queue, the reader's queue, one queue's worth being put in order
        // (the reader moves what is queued into its merger before releasing it) and one record in each hand-off.
        var bound = SessionEventSink.Capacity + (2 * TraceChannelReader.PendingRecordCapacity) + 8;
        Assert.True(maxAhead <= bound, $"the client read {maxAhead} records ahead of its consumer (bound {bound})");
        Assert.True(stillInKernel > Records / 2, $"the unread output must stay in the module's buffers ({stillInKernel} left)");
        await client.DisposeAsync();
        Assert.Equal(1, module.UnloadCalls);
    }

    [Fact]
    public async Task A_consumer_that_stops_reading_while_the_queue_is_full_still_ends_the_session_and_unloads()
    {
        var module = new ScriptedModule(cpus: 1)
        {
            OnStart = m =>
            {
                for (var i = 0; i < 3000; i++)
                {
                    m.Print(0, $"line {i}\n");
                }

                return 0;
            },
        };
        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None);

        var run = Task.Run(async () =>
        {
            await foreach (var e in client.RunAsync(Fast, CancellationToken.None))
            {
                if (e is ModuleOutputEvent)
                {
                    // Let the queues fill up completely, then walk away.
                    await Task.Delay(300);
                    break;
                }
            }
        });

        await run.WaitAsync(TimeSpan.FromSeconds(30));
        await client.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, module.UnloadCalls);
        Assert.False(module.Loaded);
    }

    [Fact]
    public async Task Only_the_first_module_messages_are_kept_for_a_start_failure()
    {
        var module = new ScriptedModule
        {
            OnStart = m =>
            {
                for (var i = 0; i < 1000; i++)
                {
                    m.Send(new OutOfBandDataMessage($"ERROR: failure {i}\n"));
                }

                return -22;
            },
        };
        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None);

        var streamed = 0;
        var ex = await Assert.ThrowsAsync<ModuleStartException>(async () =>
        {
            await foreach (var e in client.RunAsync(Fast, CancellationToken.None))
            {
                streamed += e is OutOfBandEvent ? 1 : 0;
            }
        });

        Assert.Equal(1000, streamed);
        Assert.Equal(101, ex.ErrorOutput.Count);
        Assert.Equal("ERROR: failure 0\n", ex.ErrorOutput[0]);
        Assert.Contains("not kept", ex.ErrorOutput.Last());
    }
}
