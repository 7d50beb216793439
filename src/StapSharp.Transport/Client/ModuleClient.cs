using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport;

/// <summary>
/// A session with one SystemTap module: the replacement for <c>staprun</c> + <c>stapio</c>. It loads the module,
/// owns its control channel, runs the start-up sequence, streams output and module messages, stops with the
/// <c>STP_EXIT</c> handshake and unloads the module on every path. Linux only, as root, for real modules.
/// </summary>
/// <example>
/// <code>
/// await using var client = await ModuleClient.LoadAsync("hello.ko", TransportProtocol.V4, null, ct);
/// await foreach (var e in client.RunAsync(ModuleRunOptions.Default, ct))
///     if (e is ModuleOutputEvent o) stdout.Write(o.Record.Payload.Span);
/// </code>
/// </example>
public sealed partial class ModuleClient : IAsyncDisposable
{
    /// <summary>The read size stapio uses; anything of at least <see cref="TransportLimits.MinimumReadSize"/> bytes is safe.</summary>
    private const int ReadBufferSize = 8196;

    private readonly IModuleHost _host;
    private readonly bool _ownsModule;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly TaskCompletionSource<ModuleStopReason> _stop = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _abort = new();
    private IControlChannel? _channel;
    private int _running;
    private int _disposed;
    private int _unloaded;
    private Task _session = Task.CompletedTask;

    private ModuleClient(IModuleHost host, string moduleName, TransportProtocol protocol, IControlChannel channel, bool ownsModule)
    {
        _host = host;
        ModuleName = moduleName;
        Protocol = protocol;
        _channel = channel;
        _ownsModule = ownsModule;
    }

    /// <summary>The module's name (its control directory is <c>/proc/systemtap/&lt;name&gt;</c>).</summary>
    public string ModuleName { get; }

    /// <summary>The protocol version used for every frame.</summary>
    public TransportProtocol Protocol { get; }

    /// <summary>Opens the control channel of a module that is already loaded; disposing does not unload it.</summary>
    /// <param name="moduleName">The module name.</param>
    /// <param name="protocol">The protocol the module was built for.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>The client.</returns>
    public static Task<ModuleClient> ConnectAsync(string moduleName, TransportProtocol protocol, CancellationToken cancellationToken) =>
        ConnectAsync(new LinuxModuleHost(), moduleName, protocol, cancellationToken);

    /// <summary>Opens the control channel of a loaded module through a host; disposing does not unload it.</summary>
    /// <param name="host">The host.</param>
    /// <param name="moduleName">The module name.</param>
    /// <param name="protocol">The protocol the module was built for.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>The client.</returns>
    public static async Task<ModuleClient> ConnectAsync(IModuleHost host, string moduleName, TransportProtocol protocol, CancellationToken cancellationToken)
    {
        if (host is null)
        {
            throw new ArgumentNullException(nameof(host));
        }

        ValidateName(moduleName);
        var channel = await host.OpenControlChannelAsync(moduleName, cancellationToken).ConfigureAwait(false);
        return new ModuleClient(host, moduleName, protocol, channel, ownsModule: false);
    }

    /// <summary>
    /// Loads a <c>.ko</c> file and opens its control channel; the module is unloaded when the client is disposed.
    /// The file is opened once: its name and its <c>.stap_privilege</c> section are read from that descriptor and
    /// the kernel loads the same descriptor (<c>finit_module</c>), so the file checked is the file loaded.
    /// </summary>
    /// <param name="path">The module file.</param>
    /// <param name="protocol">The protocol the module was built for (V4 for SystemTap 4.x).</param>
    /// <param name="options">Load settings, or null for <see cref="ModuleLoadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels loading.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ModuleLoadException">
    /// The file is not a kernel module whose name can be read as the kernel reads it, is not a SystemTap module
    /// (unless <see cref="ModuleLoadOptions.AllowForeignModule"/>), or the kernel refused it.
    /// </exception>
    public static async Task<ModuleClient> LoadAsync(string path, TransportProtocol protocol, ModuleLoadOptions? options, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        options ??= ModuleLoadOptions.Default;
        using var file = File.OpenHandle(Path.GetFullPath(path), FileMode.Open, FileAccess.Read, FileShare.Read);
        var image = await ModuleFile.ReadAsync(file, path, cancellationToken).ConfigureAwait(false);
        var name = ModuleFile.Check(image, path, options);
        var host = new LinuxModuleHost();
        return await LoadCoreAsync(host, name, protocol, () => host.LoadModuleFileAsync(file, image, name, options.FormatParameters(), cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Loads a module image through a host and opens its control channel; the module is unloaded on failure and on dispose.</summary>
    /// <param name="host">The host.</param>
    /// <param name="image">The whole <c>.ko</c> file.</param>
    /// <param name="protocol">The protocol the module was built for.</param>
    /// <param name="options">Load settings, or null for <see cref="ModuleLoadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels loading.</param>
    /// <returns>The client.</returns>
    public static Task<ModuleClient> LoadAsync(
        IModuleHost host, ReadOnlyMemory<byte> image, TransportProtocol protocol, ModuleLoadOptions? options, CancellationToken cancellationToken)
    {
        if (host is null)
        {
            throw new ArgumentNullException(nameof(host));
        }

        options ??= ModuleLoadOptions.Default;
        string name;
        if (KernelModuleNames.TryReadEmbeddedName(image.Span, out var embedded))
        {
            // The kernel names the module from the image; any other name would attach to (and unload) another module.
            if (options.ModuleName is { } given && given != embedded)
            {
                throw new ArgumentException($"The module image names itself '{embedded}', not '{given}'.", nameof(options));
            }

            name = embedded;
        }
        else if (options.ModuleName is { } given)
        {
            // Only a host that is not the kernel (a test double) can load an image without a this_module section.
            name = given;
        }
        else
        {
            throw new ArgumentException("The module image has no readable .gnu.linkonce.this_module name; pass ModuleLoadOptions.WithModuleName.", nameof(image));
        }

        ValidateName(name);
        return LoadCoreAsync(host, name, protocol, () => host.LoadModuleAsync(image, name, options.FormatParameters(), cancellationToken), cancellationToken);
    }

    private static async Task<ModuleClient> LoadCoreAsync(IModuleHost host, string name, TransportProtocol protocol, Func<ValueTask> load, CancellationToken cancellationToken)
    {
        await load().ConfigureAwait(false);
        try
        {
            var channel = await host.OpenControlChannelAsync(name, cancellationToken).ConfigureAwait(false);
            return new ModuleClient(host, name, protocol, channel, ownsModule: true);
        }
        catch
        {
            // Nothing else can reach the module now: never leave it loaded.
            await host.UnloadModuleAsync(name, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Sends one control message.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels before the write starts.</param>
    /// <returns>A task that completes when the module has handled the message.</returns>
    /// <exception cref="ControlChannelException">The module refused the message.</exception>
    public async ValueTask SendAsync(ControlMessage message, CancellationToken cancellationToken)
    {
        var channel = _channel ?? throw new ObjectDisposedException(nameof(ModuleClient));
        var frame = ControlMessageCodec.Encode(Protocol, message);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await channel.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Waits for the next control message from the module.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The message.</returns>
    /// <exception cref="InvalidDataException">The frame could not be decoded.</exception>
    /// <exception cref="ProtocolMismatchException">The frame uses the other protocol's numbering.</exception>
    /// <exception cref="ControlChannelException">The channel failed or closed.</exception>
    public async ValueTask<ControlMessage> ReadAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[ReadBufferSize];
        var length = await ReadFrameAsync(buffer, cancellationToken).ConfigureAwait(false);
        var (message, _, error) = Decode(buffer.AsSpan(0, length));
        return message ?? throw new InvalidDataException(error);
    }

    /// <summary>Reads control messages until the module's <see cref="ExitMessage"/> (which is returned last).</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The messages.</returns>
    public async IAsyncEnumerable<ControlMessage> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var message = await ReadAsync(cancellationToken).ConfigureAwait(false);
            yield return message;
            if (message is ExitMessage)
            {
                yield break;
            }
        }
    }

    /// <summary>Asks a running session to stop: <c>STP_EXIT</c> is sent, end probes run, output is drained, the module is unloaded.</summary>
    public void RequestStop() => _stop.TrySetResult(ModuleStopReason.StopRequested);

    /// <summary>Closes the control channel and, if this client loaded the module, unloads it.</summary>
    /// <returns>A task that completes when the module is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        RequestStop();
        try
        {
            // A session still running stops with the EXIT handshake and unloads by itself; wait for it.
            await _session.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // RunAsync reports session failures to its consumer.
        }

        await CloseAndUnloadAsync().ConfigureAwait(false);
        _abort.Dispose();
        _writeLock.Dispose();
    }

    private static void ValidateName(string moduleName)
    {
        if (moduleName is null || !KernelModuleNames.IsValid(moduleName))
        {
            throw new ArgumentException($"'{moduleName}' is not a valid module name (1-{TransportLimits.MaxKernelModuleNameLength} letters, digits or '_').", nameof(moduleName));
        }
    }

    private async ValueTask<int> ReadFrameAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        var channel = _channel ?? throw new ObjectDisposedException(nameof(ModuleClient));
        var length = await channel.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (length < TransportLimits.TypeSize)
        {
            // The module never returns less than a whole message; stapio treats this as end of session too.
            throw new ControlChannelException($"The control channel of '{ModuleName}' closed (read returned {length} bytes).", 0);
        }

        return length;
    }

    /// <summary>Decodes a frame; a frame in the other protocol's numbering is a fatal mismatch.</summary>
    private (ControlMessage? Message, uint Type, string? Error) Decode(ReadOnlySpan<byte> frame)
    {
        ControlMessageCodec.TryReadTypeNumber(frame, out var type);
        var error = ControlMessageCodec.Validate(Protocol, frame);
        if (error is null)
        {
            return (ControlMessageCodec.Decode(Protocol, frame), type, null);
        }

        var other = Protocol == TransportProtocol.V4 ? TransportProtocol.V5 : TransportProtocol.V4;
        if (!ControlMessageTable.TryGetInfo(Protocol, type, out _) && ControlMessageTable.TryGetInfo(other, type, out var info))
        {
            throw new ProtocolMismatchException(ModuleName, Protocol, $"it sent {info!.Name} as type {type}");
        }

        return (null, type, error);
    }

    private async ValueTask CloseAndUnloadAsync()
    {
        var channel = Interlocked.Exchange(ref _channel, null);
        if (channel is not null)
        {
            await channel.DisposeAsync().ConfigureAwait(false);
        }

        if (_ownsModule && Interlocked.Exchange(ref _unloaded, 1) == 0)
        {
            await _host.UnloadModuleAsync(ModuleName, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
