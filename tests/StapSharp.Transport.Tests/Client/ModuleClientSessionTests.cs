using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport.Tests;

public sealed class ModuleClientSessionTests
{
    private static readonly byte[] s_image = [1, 2, 3];

    private static ModuleLoadOptions Named => ModuleLoadOptions.Default.WithModuleName("stap_test");

    private static ModuleRunOptions Fast => ModuleRunOptions.Default
        .WithExitTimeout(TimeSpan.FromSeconds(5))
        .WithTraceOptions(TraceReaderOptions.Default.WithPollInterval(TimeSpan.FromMilliseconds(5)));

    [Fact]
    public async Task Full_conversation_start_output_exit()
    {
        var module = new ScriptedModule
        {
            OnStart = m =>
            {
                m.Print(0, "hello, world!\n");
                m.Send(new OutOfBandDataMessage("WARNING: something odd\n"));
                m.Send(new RequestExitMessage());
                return 0;
            },
            OnExit = m => m.Print(1, "bye\n"),
        };

        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named.WithParameter("limit", "5"), CancellationToken.None);
        var events = await CollectAsync(client.RunAsync(Fast.WithTargetPid(4242), CancellationToken.None));

        Assert.Equal("hello, world!\nbye\n", Output(events));
        // Messages queued by begin probes come before the START reply, hence before the started event.
        Assert.Equal([typeof(OutOfBandEvent), typeof(ModuleStartedEvent)], events.Where(e => e is not ModuleOutputEvent).Take(2).Select(e => e.GetType()));
        var warning = Assert.Single(events.OfType<OutOfBandEvent>());
        Assert.Equal(OutOfBandSeverity.Warning, warning.Severity);
        var stopped = Assert.IsType<ModuleStoppedEvent>(events.Last());
        Assert.Equal(ModuleStopReason.ModuleRequested, stopped.Reason);
        Assert.Equal(new TraceStatistics(0, 0, 0), stopped.Statistics);

        Assert.Equal(
            [typeof(PrivilegeCredentialsMessage), typeof(RelocationMessage), typeof(RelocationMessage), typeof(TimeZoneInfoMessage),
             typeof(ReadyMessage), typeof(BulkMessage), typeof(StartMessage), typeof(ExitMessage)],
            module.Written.Select(m => m.GetType()));
        Assert.Equal(new StartMessage(4242), module.Written.OfType<StartMessage>().Single());
        Assert.Equal(new PrivilegeCredentialsMessage(StapPrivileges.All), module.Written.First());
        Assert.Equal("_stp_bufsize=0 limit=5", module.LoadedParameters);
        Assert.False(module.Loaded);
        Assert.False(module.ChannelOpenAtUnload);
        Assert.Equal(1, module.UnloadCalls);
    }

    [Fact]
    public async Task Module_start_failure_throws_with_the_error_output_and_unloads()
    {
        var module = new ScriptedModule
        {
            OnStart = m =>
            {
                m.Print(0, "begin ran\n");
                m.Send(new OutOfBandDataMessage("ERROR: Couldn't register probe\n"));
                return -22;
            },
        };
        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None);
        var events = new List<ModuleEvent>();

        var ex = await Assert.ThrowsAsync<ModuleStartException>(async () =>
        {
            await foreach (var e in client.RunAsync(Fast, CancellationToken.None))
            {
                events.Add(e);
            }
        });

        Assert.Equal(-22, ex.Result);
        Assert.Equal(["ERROR: Couldn't register probe\n"], ex.ErrorOutput);
        Assert.Contains("Couldn't register probe", ex.Message);
        Assert.Equal("begin ran\n", Output(events));
        Assert.DoesNotContain(module.Written, m => m is ExitMessage);
        Assert.False(module.Loaded);
    }

    [Fact]
    public async Task Busy_control_channel_unloads_the_module_it_just_loaded()
    {
        var module = new ScriptedModule { OpenError = 16 };

        var ex = await Assert.ThrowsAsync<ControlChannelException>(() => ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None));

        Assert.Equal(16, ex.ErrorNumber);
        Assert.False(module.Loaded);
        Assert.Equal(1, module.UnloadCalls);
    }

    [Fact]
    public async Task Busy_channel_when_connecting_to_a_foreign_module_leaves_it_loaded()
    {
        var module = new ScriptedModule { OpenError = 16 };
        await module.LoadModuleAsync(s_image, "stap_test", string.Empty, CancellationToken.None);

        await Assert.ThrowsAsync<ControlChannelException>(() => ModuleClient.ConnectAsync(module, "stap_test", TransportProtocol.V4, CancellationToken.None));

        Assert.True(module.Loaded);
        Assert.Equal(0, module.UnloadCalls);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public async Task Short_read_ends_the_session_and_unloads(int length)
    {
        var module = new ScriptedModule { OnStart = m => { m.SendRaw(new byte[length]); return 0; } };
        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<ControlChannelException>(() => CollectAsync(client.RunAsync(Fast, CancellationToken.None)));

        Assert.Contains($"returned {length} bytes", ex.Message);
        Assert.False(module.Loaded);
        Assert.False(module.ChannelOpenAtUnload);
    }

    [Fact]
    public async Task Module_disappearing_is_reported_and_cleanup_tolerates_it()
    {
        var module = new ScriptedModule { OnStart = m => { m.Print(0, "x\n"); return 0; } };
        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None);
        var events = new List<ModuleEvent>();

        var ex = await Assert.ThrowsAsync<ControlChannelException>(async () =>
        {
            await foreach (var e in client.RunAsync(Fast, CancellationToken.None))
            {
                events.Add(e);
                if (e is ModuleStartedEvent)
                {
                    module.Disappear();
                }
            }
        });

        Assert.Equal(19, ex.ErrorNumber);
        Assert.Equal(1, module.UnloadCalls);
    }

    [Fact]
    public async Task Cancellation_runs_the_exit_handshake_drains_output_then_throws()
    {
        var module = new ScriptedModule { OnStart = m => { m.Print(0, "running\n"); return 0; }, OnExit = m => m.Print(1, "end probe\n") };
        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None);
        using var cts = new CancellationTokenSource();
        var events = new List<ModuleEvent>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var e in client.RunAsync(Fast, cts.Token))
            {
                events.Add(e);
                if (e is ModuleOutputEvent)
                {
                    cts.Cancel();
                }
            }
        });

        Assert.Equal("running\nend probe\n", Output(events));
        Assert.Equal(ModuleStopReason.Cancelled, Assert.IsType<ModuleStoppedEvent>(events.Last()).Reason);
        Assert.Single(module.Written.OfType<ExitMessage>());
        Assert.False(module.Loaded);
    }

    [Fact]
    public async Task Request_stop_ends_normally_with_the_handshake()
    {
        var module = new ScriptedModule { OnStart = m => { m.Print(0, "tick\n"); return 0; } };
        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None);

        var events = new List<ModuleEvent>();
        await foreach (var e in client.RunAsync(Fast, CancellationToken.None))
        {
            events.Add(e);
            if (e is ModuleStartedEvent)
            {
                client.RequestStop();
            }
        }

        Assert.Equal(ModuleStopReason.StopRequested, Assert.IsType<ModuleStoppedEvent>(events.Last()).Reason);
        Assert.Equal("tick\n", Output(events));
        Assert.False(module.Loaded);
    }

    [Fact]
    public async Task Module_that_never_answers_exit_is_unloaded_after_the_timeout()
    {
        var module = new ScriptedModule { AnswersExit = false, OnStart = m => { m.Send(new RequestExitMessage()); return 0; } };
        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<TransportException>(() => CollectAsync(client.RunAsync(Fast.WithExitTimeout(TimeSpan.FromMilliseconds(200)), CancellationToken.None)));

        Assert.Contains("did not answer STP_EXIT", ex.Message);
        Assert.False(module.Loaded);
    }

    [Theory]
    [InlineData(TransportProtocol.V4, TransportProtocol.V5)]
    [InlineData(TransportProtocol.V5, TransportProtocol.V4)]
    public async Task Module_of_the_other_protocol_version_gives_a_clear_error(TransportProtocol moduleProtocol, TransportProtocol clientProtocol)
    {
        var module = new ScriptedModule(moduleProtocol);
        await using var client = await ModuleClient.LoadAsync(module, s_image, clientProtocol, Named, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<ProtocolMismatchException>(() => CollectAsync(client.RunAsync(Fast, CancellationToken.None)));

        Assert.Equal(clientProtocol, ex.ClientProtocol);
        Assert.Contains(moduleProtocol == TransportProtocol.V5 ? "5.x" : "4.x", ex.Message);
        Assert.False(module.Loaded);
    }

    [Fact]
    public async Task V5_session_works_end_to_end()
    {
        var module = new ScriptedModule(TransportProtocol.V5) { OnStart = m => { m.Print(1, "five\n"); m.Send(new RequestExitMessage()); return 0; } };
        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V5, Named, CancellationToken.None);

        var events = await CollectAsync(client.RunAsync(Fast, CancellationToken.None));

        Assert.Equal("five\n", Output(events));
        Assert.IsType<ModuleStoppedEvent>(events.Last());
    }

    [Fact]
    public async Task System_requests_are_not_run_without_an_opt_in_handler()
    {
        var module = new ScriptedModule { OnStart = m => { m.Send(new SystemMessage("rm -rf /")); m.Send(new RequestExitMessage()); return 0; } };
        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None);

        var events = await CollectAsync(client.RunAsync(Fast, CancellationToken.None));

        Assert.Equal(new SystemCommandEvent("rm -rf /", Handled: false, Error: null), Assert.Single(events.OfType<SystemCommandEvent>()));
    }

    [Fact]
    public async Task System_requests_go_to_the_opt_in_handler()
    {
        var ran = new List<string>();
        var module = new ScriptedModule { OnStart = m => { m.Send(new SystemMessage("echo hi")); m.Send(new RequestExitMessage()); return 0; } };
        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None);
        var options = Fast.WithSystemCommandHandler((cmd, _) => { ran.Add(cmd); return Task.CompletedTask; });

        var events = await CollectAsync(client.RunAsync(options, CancellationToken.None));

        Assert.Equal(["echo hi"], ran);
        Assert.True(Assert.Single(events.OfType<SystemCommandEvent>()).Handled);
    }

    [Fact]
    public async Task Bulk_module_delivers_records_per_cpu()
    {
        var module = new ScriptedModule { BulkMode = true, OnStart = m => { m.Print(0, "a"); m.Print(1, "b"); m.Send(new RequestExitMessage()); return 0; } };
        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None);

        var events = await CollectAsync(client.RunAsync(Fast, CancellationToken.None));

        Assert.Equal(TraceOutputMode.Bulk, events.OfType<ModuleStartedEvent>().Single().Mode);
        Assert.Equal([0, 1], events.OfType<ModuleOutputEvent>().Select(o => o.Record.Cpu).Order());
    }

    [Fact]
    public async Task Unknown_frames_are_reported_and_ignored()
    {
        var module = new ScriptedModule { OnStart = m => { m.SendRaw([200, 0, 0, 0]); m.Send(new RequestExitMessage()); return 0; } };
        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None);

        var events = await CollectAsync(client.RunAsync(Fast, CancellationToken.None));

        Assert.Equal(200u, Assert.Single(events.OfType<IgnoredMessageEvent>()).TypeNumber);
    }

    [Fact]
    public async Task Consumer_leaving_the_loop_early_still_stops_and_unloads()
    {
        var module = new ScriptedModule { OnStart = m => { m.Print(0, "first\n"); return 0; }, OnExit = m => m.Print(0, "end\n") };
        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None);

        await foreach (var e in client.RunAsync(Fast, CancellationToken.None))
        {
            if (e is ModuleOutputEvent)
            {
                break;
            }
        }

        Assert.Single(module.Written.OfType<ExitMessage>());
        Assert.False(module.Loaded);
        Assert.False(module.ChannelOpenAtUnload);
    }

    [Fact]
    public async Task Disposing_during_a_session_waits_for_the_handshake_and_unloads_once()
    {
        var module = new ScriptedModule { OnStart = m => { m.Print(0, "x\n"); return 0; } };
        var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None);
        var enumerator = client.RunAsync(Fast, CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await enumerator.MoveNextAsync());

        await client.DisposeAsync();

        Assert.Single(module.Written.OfType<ExitMessage>());
        Assert.Equal(1, module.UnloadCalls);
        Assert.False(module.ChannelOpenAtUnload);
        while (await enumerator.MoveNextAsync())
        {
        }

        await enumerator.DisposeAsync();
        Assert.Equal(1, module.UnloadCalls);
    }

    [Fact]
    public async Task A_session_runs_only_once()
    {
        var module = new ScriptedModule { OnStart = m => { m.Send(new RequestExitMessage()); return 0; } };
        await using var client = await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None);
        await CollectAsync(client.RunAsync(Fast, CancellationToken.None));

        await Assert.ThrowsAsync<InvalidOperationException>(() => CollectAsync(client.RunAsync(Fast, CancellationToken.None)));
    }

    [Fact]
    public async Task Disposing_a_loaded_client_that_never_ran_unloads_the_module()
    {
        var module = new ScriptedModule();

        await using (await ModuleClient.LoadAsync(module, s_image, TransportProtocol.V4, Named, CancellationToken.None))
        {
            Assert.True(module.Loaded);
        }

        Assert.False(module.Loaded);
        Assert.False(module.ChannelOpenAtUnload);
    }

    [Fact]
    public async Task Low_level_send_and_read_follow_the_style_guide_shape()
    {
        var module = new ScriptedModule { OnStart = m => { m.Send(new RequestExitMessage()); return 0; } };
        await module.LoadModuleAsync(s_image, "stap_test", string.Empty, CancellationToken.None);
        await using var client = await ModuleClient.ConnectAsync(module, "stap_test", TransportProtocol.V4, CancellationToken.None);

        Assert.IsType<TransportMessage>(await client.ReadAsync(CancellationToken.None));
        await client.SendAsync(new StartMessage(TargetPid: 0), CancellationToken.None);
        var seen = new List<ControlMessage>();
        await foreach (var m in client.ReadAllAsync(CancellationToken.None))
        {
            seen.Add(m);
            if (m is RequestExitMessage)
            {
                await client.SendAsync(new ExitMessage(), CancellationToken.None);
            }
        }

        // The scripted module queues what its begin probes send before the START reply, as the real queue does.
        Assert.Equal([new RequestExitMessage(), new StartMessage(0, 0), new ExitMessage()], seen);
    }

    private static string Output(IEnumerable<ModuleEvent> events) =>
        string.Concat(events.OfType<ModuleOutputEvent>().Select(o => Encoding.UTF8.GetString(o.Record.Payload.Span)));

    private static async Task<List<ModuleEvent>> CollectAsync(IAsyncEnumerable<ModuleEvent> source)
    {
        var list = new List<ModuleEvent>();
        await foreach (var e in source)
        {
            list.Add(e);
        }

        return list;
    }
}
