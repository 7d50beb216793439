using System;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Transport;

/// <summary>
/// A relay <c>trace&lt;N&gt;</c> file, opened non-blocking (an empty relay answers ENODATA, "nothing yet") and read
/// only from a thread bound to CPU N (<see cref="CpuPinnedReader"/> says why), never from a thread-pool thread.
/// </summary>
internal sealed class LinuxTraceFile : ICpuBoundTraceFile
{
    private readonly LinuxFile _file;
    private readonly CpuPinnedReader _reader;

    public LinuxTraceFile(int cpu, LinuxFile file)
    {
        Cpu = cpu;
        _file = file;
        _reader = new CpuPinnedReader(cpu, file);
    }

    public int Cpu { get; }

    public ValueTask<int> ReadAsync(Memory<byte> buffer, TimeSpan wait, CancellationToken cancellationToken) =>
        new(_reader.ReadAsync(buffer, wait, cancellationToken));

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _file.Dispose();
        return default;
    }
}
