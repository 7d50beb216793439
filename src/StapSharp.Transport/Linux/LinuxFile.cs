using System;
using System.Text;
using System.Threading;

namespace StapSharp.Transport;

/// <summary>A raw non-blocking file descriptor, used for the <c>.cmd</c> and <c>trace&lt;N&gt;</c> files (one read or write = one system call).</summary>
internal sealed unsafe class LinuxFile : IDisposable
{
    private int _fd;

    private LinuxFile(int fd, string path)
    {
        _fd = fd;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Opens a file; returns the errno instead of throwing so callers can map EBUSY etc.</summary>
    public static LinuxFile? TryOpen(string path, int flags, out int errno)
    {
        var bytes = Encoding.UTF8.GetBytes(path + "\0");
        int fd;
        fixed (byte* p = bytes)
        {
            fd = LibC.Open(p, flags | LibC.O_CLOEXEC, 0);
        }

        errno = fd < 0 ? LibC.LastError : 0;
        return fd < 0 ? null : new LinuxFile(fd, path);
    }

    /// <summary>One read; returns -errno on failure.</summary>
    public int Read(Span<byte> buffer)
    {
        fixed (byte* p = buffer)
        {
            var n = LibC.Read(Fd, p, buffer.Length);
            return n < 0 ? -LibC.LastError : (int)n;
        }
    }

    /// <summary>One write; returns -errno on failure.</summary>
    public int Write(ReadOnlySpan<byte> frame)
    {
        fixed (byte* p = frame)
        {
            var n = LibC.Write(Fd, p, frame.Length);
            return n < 0 ? -LibC.LastError : (int)n;
        }
    }

    public void Dispose()
    {
        var fd = Interlocked.Exchange(ref _fd, -1);
        if (fd >= 0)
        {
            LibC.Close(fd);
        }
    }

    private int Fd => _fd >= 0 ? _fd : throw new ObjectDisposedException(Path);
}
