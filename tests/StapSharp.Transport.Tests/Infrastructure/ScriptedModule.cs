using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace StapSharp.Transport.Tests;

/// <summary>
/// Plays a SystemTap module's side of the control channel in memory, following the 4.8 behaviour in the reference
/// (§4-§8): TRANSPORT queued at load, EINVAL for unknown types and for BULK in normal mode, START answered with the
/// start result, EXIT answered once after the end output is flushed.
/// </summary>
internal sealed class ScriptedModule : IModuleHost
{
    private readonly Channel<byte[]> _toUser = System.Threading.Channels.Channel.CreateUnbounded<byte[]>();
    private uint _sequence;
    private bool _started;
    private bool _exited;

    public ScriptedModule(TransportProtocol protocol = TransportProtocol.V4, int cpus = 2)
    {
        Protocol = protocol;
        for (var i = 0; i < cpus; i++)
        {
            Cpus.Add(new MemoryTraceFile(i));
        }
    }

    public TransportProtocol Protocol { get; }

    public List<MemoryTraceFile> Cpus { get; } = [];

    public bool BulkMode { get; init; }

    /// <summary>Runs inside the START write (begin probes); returns the start result.</summary>
    public Func<ScriptedModule, int> OnStart { get; init; } = _ => 0;

    /// <summary>Runs inside the EXIT write before the reply (end probes).</summary>
    public Action<ScriptedModule> OnExit { get; init; } = _ => { };

    /// <summary>When false the module never answers EXIT (hung end probe).</summary>
    public bool AnswersExit { get; init; } = true;

    public int OpenError { get; init; }

    public ConcurrentQueue<ControlMessage> Written { get; } = new();

    public string? LoadedParameters { get; private set; }

    public bool Loaded { get; private set; }

    public int UnloadCalls { get; private set; }

    public bool ChannelOpen { get; private set; }

    public bool ChannelOpenAtUnload { get; private set; }

    public bool Gone { get; private set; }

    public void Print(int cpu, string text) =>
        Cpus[cpu].Add(TraceBytes.Record(Protocol, Interlocked.Increment(ref _sequence), text));

    public void Send(ControlMessage message) => _toUser.Writer.TryWrite(ControlMessageCodec.Encode(Protocol, message));

    public void SendRaw(byte[] frame) => _toUser.Writer.TryWrite(frame);

    /// <summary>The module vanishes: reads fail with ENODEV and unloading finds nothing.</summary>
    public void Disappear()
    {
        Gone = true;
        Loaded = false;
        _toUser.Writer.TryComplete(new ControlChannelException("No such device", 19));
    }

    public ValueTask LoadModuleAsync(ReadOnlyMemory<byte> image, string moduleName, string parameters, CancellationToken cancellationToken)
    {
        Loaded = true;
        LoadedParameters = parameters;
        Send(new TransportMessage());
        return default;
    }

    public ValueTask<bool> UnloadModuleAsync(string moduleName, CancellationToken cancellationToken)
    {
        UnloadCalls++;
        ChannelOpenAtUnload = ChannelOpen;
        var was = Loaded;
        Loaded = false;
        return new ValueTask<bool>(was);
    }

    public ValueTask<IControlChannel> OpenControlChannelAsync(string moduleName, CancellationToken cancellationToken)
    {
        if (OpenError != 0)
        {
            throw new ControlChannelException("Cannot attach to module control channel", OpenError);
        }

        if (ChannelOpen)
        {
            throw new ControlChannelException("busy", 16);
        }

        ChannelOpen = true;
        return new ValueTask<IControlChannel>(new ScriptedChannel(this));
    }

    public ValueTask<IReadOnlyList<ITraceFile>> OpenTraceFilesAsync(string moduleName, CancellationToken cancellationToken) =>
        new(Cpus.ToArray());

    public ValueTask<IReadOnlyList<RelocationMessage>> GetRelocationsAsync(TransportProtocol protocol, CancellationToken cancellationToken) =>
        new([new RelocationMessage("kernel", "_stext", 0xffffffff81000000), new RelocationMessage("kernel", "kallsyms_lookup_name", 0xffffffff81100000)]);

    public ValueTask<TimeZoneInfoMessage> GetTimeZoneAsync(CancellationToken cancellationToken) => new(new TimeZoneInfoMessage(0, "UTC"));

    private void HandleWrite(byte[] frame)
    {
        if (Gone)
        {
            throw new ControlChannelException("No such device", 19);
        }

        if (!ControlMessageCodec.TryDecode(Protocol, frame, out var message))
        {
            throw new ControlChannelException("Invalid argument", 22);
        }

        Written.Enqueue(message!);
        switch (message)
        {
            case BulkMessage when !BulkMode:
                throw new ControlChannelException("Invalid argument", 22);
            case StartMessage start when !_started:
                _started = true;
                var result = OnStart(this);
                Send(new StartMessage(start.TargetPid, result));
                break;
            case ExitMessage when _started && !_exited && AnswersExit:
                _exited = true;
                OnExit(this);
                Send(new ExitMessage());
                break;
        }
    }

    private sealed class ScriptedChannel(ScriptedModule module) : IControlChannel
    {
        public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            Assert.True(buffer.Length >= TransportLimits.MinimumReadSize, "read buffer smaller than one message");
            byte[] frame;
            try
            {
                frame = await module._toUser.Reader.ReadAsync(cancellationToken);
            }
            catch (ChannelClosedException ex) when (ex.InnerException is ControlChannelException inner)
            {
                throw inner;
            }

            frame.CopyTo(buffer);
            return frame.Length;
        }

        public ValueTask WriteAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
        {
            module.HandleWrite(frame.ToArray());
            return default;
        }

        public ValueTask DisposeAsync()
        {
            module.ChannelOpen = false;
            return default;
        }
    }
}
