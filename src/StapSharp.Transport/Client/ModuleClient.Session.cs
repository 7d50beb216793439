using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport;

public sealed partial class ModuleClient
{
    /// <summary>
    /// Runs the whole session: root messages (privileges, relocations, time zone, remote id), <c>STP_READY</c>,
    /// wait for <c>STP_TRANSPORT</c>, bulk-mode probe, trace files, <c>STP_START</c>; then output and module
    /// messages until the module asks to exit, <see cref="RequestStop"/> is called or the token is cancelled, each of
    /// which ends with the <c>STP_EXIT</c> handshake and a drained data channel. The module is then unloaded (if this
    /// client loaded it), also on every failure.
    /// </summary>
    /// <param name="options">Session settings, or null for <see cref="ModuleRunOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the session gracefully; the stream then ends with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The events; the last one is a <see cref="ModuleStoppedEvent"/>.</returns>
    /// <exception cref="ModuleStartException">The module's start failed; its error output is attached.</exception>
    /// <exception cref="ProtocolMismatchException">The module was built for the other protocol version.</exception>
    /// <exception cref="ControlChannelException">The control channel failed or the module disappeared.</exception>
    public async IAsyncEnumerable<ModuleEvent> RunAsync(ModuleRunOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        options ??= ModuleRunOptions.Default;
        if (Interlocked.Exchange(ref _running, 1) != 0)
        {
            throw new InvalidOperationException("A module session can run only once.");
        }

        var events = new SessionEventSink();
        using var registration = cancellationToken.Register(() => _stop.TrySetResult(ModuleStopReason.Cancelled));
        var session = Task.Run(() => RunSessionAsync(options, events));
        _session = session;
        try
        {
            await foreach (var e in events.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                yield return e;
            }

            await session.ConfigureAwait(false);
        }
        finally
        {
            if (!session.IsCompleted)
            {
                // The consumer stopped early: still stop and unload before returning (events from now on are dropped).
                events.ConsumerGone();
                _stop.TrySetResult(ModuleStopReason.StopRequested);
                try
                {
                    await session.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Already unwinding for the consumer's own reason.
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task RunSessionAsync(ModuleRunOptions options, SessionEventSink events)
    {
        var abort = _abort.Token;
        var state = new SessionState(options, events);
        Exception? failure = null;
        try
        {
            await SendRootMessagesAsync(options, abort).ConfigureAwait(false);
            await SendChecked(new ReadyMessage(), "STP_READY", abort).ConfigureAwait(false);
            await WaitForAsync<TransportMessage>(state, abort).ConfigureAwait(false);
            await OpenDataChannelAsync(state, abort).ConfigureAwait(false);
            if (options.NamespacesPid > 0)
            {
                await SendAsync(new NamespacesPidMessage(options.NamespacesPid), abort).ConfigureAwait(false);
            }

            await SendAsync(new StartMessage(options.TargetPid), abort).ConfigureAwait(false);
            var reply = await WaitForAsync<StartMessage>(state, abort).ConfigureAwait(false);
            if (reply.Result != 0)
            {
                // stapio unloads without STP_EXIT here; the output printed so far is still delivered.
                await FinishDataChannelAsync(state).ConfigureAwait(false);
                throw new ModuleStartException(ModuleName, reply.Result, state.ErrorOutput.ToArray());
            }

            await events.WriteAsync(new ModuleStartedEvent(state.Mode, state.Files.Count)).ConfigureAwait(false);
            var reason = await MainLoopAsync(state, abort).ConfigureAwait(false);
            await FinishDataChannelAsync(state).ConfigureAwait(false);
            await events.WriteAsync(new ModuleStoppedEvent(reason, state.Statistics())).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            failure = ex;
        }
        finally
        {
            _abort.Cancel();
            failure = await CleanUpAsync(state, failure).ConfigureAwait(false);
            events.Complete();
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    /// <summary>Phase A of staprun: messages only root may send; a mismatched module rejects <c>_stext</c> with EINVAL.</summary>
    private async Task SendRootMessagesAsync(ModuleRunOptions options, CancellationToken abort)
    {
        try
        {
            await SendAsync(new PrivilegeCredentialsMessage(options.Privileges), abort).ConfigureAwait(false);
        }
        catch (ControlChannelException ex) when (ex.ErrorNumber != Errno.EPERM)
        {
            // Pre-1.7 modules do not know the message; staprun ignores this failure too.
        }

        var relocations = await _host.GetRelocationsAsync(Protocol, abort).ConfigureAwait(false);
        if (relocations.Count == 0 || relocations[0].Symbol != "_stext")
        {
            throw new TransportException("The kernel symbol _stext was not found in /proc/kallsyms; the module cannot be started.");
        }

        await SendChecked(relocations[0], "the _stext relocation", abort).ConfigureAwait(false);
        foreach (var relocation in relocations.Skip(1))
        {
            try
            {
                await SendAsync(relocation, abort).ConfigureAwait(false);
            }
            catch (ControlChannelException)
            {
                // staprun ignores failures of single section relocations.
            }
        }

        var timeZone = await _host.GetTimeZoneAsync(abort).ConfigureAwait(false);
        await SendChecked(timeZone, "STP_TZINFO", abort).ConfigureAwait(false);
        if (options.RemoteId is { } remoteId)
        {
            await SendChecked(remoteId, "STP_REMOTE_ID", abort).ConfigureAwait(false);
        }
    }

    /// <summary>Sends a message whose EINVAL means the module numbers its messages differently.</summary>
    private async Task SendChecked(ControlMessage message, string what, CancellationToken abort)
    {
        try
        {
            await SendAsync(message, abort).ConfigureAwait(false);
        }
        catch (ControlChannelException ex) when (ex.ErrorNumber == Errno.EINVAL)
        {
            throw new ProtocolMismatchException(ModuleName, Protocol, $"it rejected {what} with EINVAL");
        }
        catch (ControlChannelException ex)
        {
            throw new ControlChannelException($"Sending {what} to '{ModuleName}' failed: {ex.Message}", ex.ErrorNumber, ex);
        }
    }

    private async Task OpenDataChannelAsync(SessionState state, CancellationToken abort)
    {
        try
        {
            await SendAsync(new BulkMessage(), abort).ConfigureAwait(false);
            state.Mode = TraceOutputMode.Bulk;
        }
        catch (ControlChannelException ex) when (ex.ErrorNumber == Errno.EINVAL)
        {
            state.Mode = TraceOutputMode.Normal;
        }

        state.Files = await _host.OpenTraceFilesAsync(ModuleName, abort).ConfigureAwait(false);
        if (state.Files.Count == 0)
        {
            throw new ControlChannelException($"Module '{ModuleName}' has no trace files.", Errno.ENOENT);
        }

        var reader = new TraceChannelReader(Protocol, state.Files, state.Options.TraceOptions.WithMode(state.Mode));
        state.Reader = reader;
        state.Pump = Task.Run(
            async () =>
            {
                await foreach (var record in reader.ReadRecordsAsync(abort).ConfigureAwait(false))
                {
                    // Waits while the consumer is behind: the trace files are then not read and the kernel keeps the data.
                    await state.Events.WriteAsync(new ModuleOutputEvent(record)).ConfigureAwait(false);
                }
            },
            CancellationToken.None);
    }

    /// <summary>Reads control messages until one of type <typeparamref name="T"/>, reporting everything else.</summary>
    private async Task<T> WaitForAsync<T>(SessionState state, CancellationToken abort)
        where T : ControlMessage
    {
        var buffer = new byte[ReadBufferSize];
        while (true)
        {
            var length = await ReadFrameAsync(buffer, abort).ConfigureAwait(false);
            var message = await HandleFrameAsync(state, buffer.AsMemory(0, length), abort).ConfigureAwait(false);
            if (message is T wanted)
            {
                return wanted;
            }

            if (message is RequestExitMessage)
            {
                // exit() during start: remember it; the main loop answers once the start reply is in.
                state.ExitRequestedEarly = true;
            }
        }
    }

    /// <summary>The running phase: answers REQUEST_EXIT, sends EXIT on a stop request, returns when the module's EXIT arrives.</summary>
    private async Task<ModuleStopReason> MainLoopAsync(SessionState state, CancellationToken abort)
    {
        var buffer = new byte[ReadBufferSize];
        ModuleStopReason? reason = null;
        DateTime exitDeadline = default;
        Task<int>? read = null;
        if (state.ExitRequestedEarly)
        {
            reason = ModuleStopReason.ModuleRequested;
            exitDeadline = await SendExitAsync(state, abort).ConfigureAwait(false);
        }

        while (true)
        {
            read ??= ReadFrameAsync(buffer, abort).AsTask();
            if (reason is null)
            {
                if (await Task.WhenAny(read, _stop.Task).ConfigureAwait(false) != read)
                {
                    reason = await _stop.Task.ConfigureAwait(false);
                    exitDeadline = await SendExitAsync(state, abort).ConfigureAwait(false);
                    continue;
                }
            }
            else
            {
                var remaining = exitDeadline - DateTime.UtcNow;
                if (remaining <= TimeSpan.Zero
                    || await Task.WhenAny(read, Task.Delay(remaining, abort)).ConfigureAwait(false) != read)
                {
                    throw new TransportException($"Module '{ModuleName}' did not answer STP_EXIT within {state.Options.ExitTimeout.TotalSeconds:0.#} s; unloading it.");
                }
            }

            var length = await read.ConfigureAwait(false);
            read = null;
            var message = await HandleFrameAsync(state, buffer.AsMemory(0, length), abort).ConfigureAwait(false);
            switch (message)
            {
                case RequestExitMessage when reason is null:
                    reason = ModuleStopReason.ModuleRequested;
                    exitDeadline = await SendExitAsync(state, abort).ConfigureAwait(false);
                    break;
                case ExitMessage:
                    return reason ?? ModuleStopReason.ModuleRequested;
            }
        }
    }

    private async Task<DateTime> SendExitAsync(SessionState state, CancellationToken abort)
    {
        await SendAsync(new ExitMessage(), abort).ConfigureAwait(false);
        var timeout = state.Options.ExitTimeout;
        return timeout == Timeout.InfiniteTimeSpan ? DateTime.MaxValue : DateTime.UtcNow + timeout;
    }

    /// <summary>Decodes a frame and turns OOB, SYSTEM and unknown frames into events; returns the message (null if ignored).</summary>
    private async Task<ControlMessage?> HandleFrameAsync(SessionState state, ReadOnlyMemory<byte> frame, CancellationToken abort)
    {
        var (message, type, error) = Decode(frame.Span);
        switch (message)
        {
            case null:
                await state.Events.WriteAsync(new IgnoredMessageEvent(type, error!)).ConfigureAwait(false);
                break;
            case OutOfBandDataMessage oob:
                state.KeepErrorOutput(oob.Text);
                await state.Events.WriteAsync(new OutOfBandEvent(oob.Severity, oob.Text)).ConfigureAwait(false);
                break;
            case SystemMessage system:
                await state.Events.WriteAsync(await RunSystemCommandAsync(state.Options, system.Command, abort).ConfigureAwait(false)).ConfigureAwait(false);
                break;
            case StartMessage or ExitMessage or RequestExitMessage or TransportMessage:
                break;
            default:
                await state.Events.WriteAsync(new IgnoredMessageEvent(type, $"{message.Kind} is not expected from a module.")).ConfigureAwait(false);
                break;
        }

        return message;
    }

    private static async Task<SystemCommandEvent> RunSystemCommandAsync(ModuleRunOptions options, string command, CancellationToken abort)
    {
        if (options.SystemCommandHandler is not { } handler)
        {
            return new SystemCommandEvent(command, Handled: false, Error: null);
        }

        try
        {
            await handler(command, abort).ConfigureAwait(false);
            return new SystemCommandEvent(command, Handled: true, Error: null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new SystemCommandEvent(command, Handled: true, Error: ex.Message);
        }
    }

    /// <summary>The module has flushed everything: read the trace files to their end.</summary>
    private static async Task FinishDataChannelAsync(SessionState state)
    {
        if (state.Reader is null || state.Pump is null)
        {
            return;
        }

        state.Reader.Complete();
        await state.Pump.ConfigureAwait(false);
    }

    /// <summary>Closes trace files and the control channel (they pin the module), then unloads; returns the failure to report.</summary>
    private async Task<Exception?> CleanUpAsync(SessionState state, Exception? failure)
    {
        if (state.Pump is not null)
        {
            try
            {
                await state.Pump.ConfigureAwait(false);
            }
            catch (Exception ex) when (failure is not null || ex is OperationCanceledException)
            {
                // The session failed already, or was aborted on purpose.
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        }

        foreach (var file in state.Files)
        {
            await file.DisposeAsync().ConfigureAwait(false);
        }

        try
        {
            await CloseAndUnloadAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            failure ??= ex;
        }

        return failure;
    }

    private sealed class SessionState(ModuleRunOptions options, SessionEventSink events)
    {
        /// <summary>Module messages kept for <see cref="ModuleStartException.ErrorOutput"/>; later ones are only streamed.</summary>
        public const int MaxKeptErrorOutput = 100;

        public ModuleRunOptions Options { get; } = options;

        public SessionEventSink Events { get; } = events;

        public List<string> ErrorOutput { get; } = [];

        /// <summary>Keeps the first messages only: a module printing in a loop must not grow the client without limit.</summary>
        public void KeepErrorOutput(string text)
        {
            if (ErrorOutput.Count < MaxKeptErrorOutput)
            {
                ErrorOutput.Add(text);
            }
            else if (ErrorOutput.Count == MaxKeptErrorOutput)
            {
                ErrorOutput.Add("(later messages were not kept)\n");
            }
        }

        public TraceOutputMode Mode { get; set; }

        public IReadOnlyList<ITraceFile> Files { get; set; } = [];

        public TraceChannelReader? Reader { get; set; }

        public Task? Pump { get; set; }

        public bool ExitRequestedEarly { get; set; }

        public TraceStatistics Statistics() => Reader is null
            ? new TraceStatistics(0, 0, 0)
            : new TraceStatistics(Reader.JunkBytes, Reader.SkippedSequences, Reader.TruncatedBytes);
    }
}
