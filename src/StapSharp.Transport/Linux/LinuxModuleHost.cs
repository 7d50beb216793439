using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Win32.SafeHandles;

namespace StapSharp.Transport;

/// <summary>
/// The real Linux host: <c>finit_module</c> (or <c>init_module</c>)/<c>delete_module</c> through <c>syscall(2)</c>, the procfs (or debugfs)
/// control directory, <c>/proc/kallsyms</c>, <c>/sys/module/*/sections</c> and the libc time zone. Needs root.
/// </summary>
public sealed class LinuxModuleHost : IModuleHost
{
    private const string ProcRoot = "/proc/systemtap";
    private const string DebugfsRoot = "/sys/kernel/debug/systemtap";
    private const int DeleteModuleNonBlocking = 0x800;

    /// <summary>
    /// When true (the default), before loading do what staprun does: turn off kprobes optimisation
    /// (<c>/proc/sys/debug/kprobes-optimization</c>) and relax <c>kptr_restrict</c> from 2 to 1 so root sees addresses.
    /// </summary>
    public bool AdjustKernelSettings { get; init; } = true;

    /// <summary>True when the process runs with effective uid 0.</summary>
    public static bool IsRoot => RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && LibC.GetEffectiveUserId() == 0;

    /// <inheritdoc />
    public ValueTask LoadModuleAsync(ReadOnlyMemory<byte> image, string moduleName, string parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        PrepareLoad();
        var errno = InitModule(image, parameters);
        if (errno != 0)
        {
            throw new ModuleLoadException($"Couldn't insert module '{moduleName}': {LinuxSyscalls.DescribeLoadError(errno)}", errno);
        }

        return default;
    }

    /// <summary>
    /// Loads the module from an open file with <c>finit_module(2)</c>, so the kernel loads exactly the file that was
    /// opened and checked (a path could be swapped in between); <paramref name="image"/> (read from the same
    /// descriptor) goes to <c>init_module</c> only where <c>finit_module</c> does not exist (<c>ENOSYS</c>).
    /// </summary>
    internal unsafe ValueTask LoadModuleFileAsync(SafeFileHandle file, ReadOnlyMemory<byte> image, string moduleName, string parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        PrepareLoad();
        var parameterBytes = Encoding.UTF8.GetBytes(parameters + "\0");
        int errno;
        var added = false;
        file.DangerousAddRef(ref added);
        try
        {
            fixed (byte* p = parameterBytes)
            {
                var rc = LibC.Syscall3(LinuxSyscalls.FinitModule, file.DangerousGetHandle(), (nint)p, 0);
                errno = rc < 0 ? LibC.LastError : 0;
            }
        }
        finally
        {
            if (added)
            {
                file.DangerousRelease();
            }
        }

        if (errno == Errno.ENOSYS)
        {
            errno = InitModule(image, parameters);
        }

        if (errno != 0)
        {
            throw new ModuleLoadException($"Couldn't insert module '{moduleName}': {LinuxSyscalls.DescribeLoadError(errno)}", errno);
        }

        return default;
    }

    /// <inheritdoc />
    public async ValueTask<bool> UnloadModuleAsync(string moduleName, CancellationToken cancellationToken)
    {
        var name = Encoding.ASCII.GetBytes(moduleName + "\0");

        // staprun -d tries five times on EINTR/EWOULDBLOCK: the reference taken by .cmd may take a moment to drop.
        for (var attempt = 0; ; attempt++)
        {
            var errno = DeleteModule(name);
            if (errno == 0)
            {
                return true;
            }

            if (errno == Errno.ENOENT)
            {
                return false;
            }

            if (errno is not (Errno.EINTR or Errno.EAGAIN) || attempt >= 4)
            {
                throw new ModuleLoadException($"Couldn't remove module '{moduleName}': errno {errno}", errno);
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public ValueTask<IControlChannel> OpenControlChannelAsync(string moduleName, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = Path.Combine(FindDirectory(moduleName), ".cmd");
        var file = LinuxFile.TryOpen(path, LibC.O_RDWR | LibC.O_NONBLOCK, out var errno);
        if (file is null)
        {
            var why = errno switch
            {
                Errno.EBUSY => "another process (staprun/stapio?) already has it open",
                Errno.ENOENT => "the module is not loaded or is not a SystemTap module",
                Errno.EACCES => "permission denied",
                _ => $"errno {errno}",
            };
            throw new ControlChannelException($"Cannot attach to module '{moduleName}' control channel {path}: {why}.", errno);
        }

        return new ValueTask<IControlChannel>(new LinuxControlChannel(file));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ITraceFile>> OpenTraceFilesAsync(string moduleName, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var dir = FindDirectory(moduleName);
        var files = new List<ITraceFile>();
        foreach (var path in Directory.GetFiles(dir, "trace*"))
        {
            var suffix = Path.GetFileName(path).Substring("trace".Length);
            if (!int.TryParse(suffix, NumberStyles.None, CultureInfo.InvariantCulture, out var cpu))
            {
                continue;
            }

            var file = LinuxFile.TryOpen(path, LibC.O_RDONLY | LibC.O_NONBLOCK, out _);
            if (file is not null)
            {
                files.Add(new LinuxTraceFile(cpu, file));
            }
        }

        return new ValueTask<IReadOnlyList<ITraceFile>>(files.OrderBy(f => f.Cpu).ToArray());
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<RelocationMessage>> GetRelocationsAsync(TransportProtocol protocol, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        List<RelocationMessage> relocations;
        using (var kallsyms = new StreamReader("/proc/kallsyms"))
        {
            relocations = [.. KernelSymbols.FromKallsyms(kallsyms, KernelSymbols.Wanted(protocol))];
        }

        if (File.Exists("/sys/kernel/notes"))
        {
            // A flag (2), not an address: tells the module the kernel build-id can be read.
            relocations.Add(new RelocationMessage(RelocationMessage.KernelModuleName, ".note.gnu.build-id", 2));
        }

        relocations.AddRange(KernelSymbols.FromModuleSections("/sys/module"));
        return new ValueTask<IReadOnlyList<RelocationMessage>>(relocations);
    }

    /// <inheritdoc />
    public unsafe ValueTask<TimeZoneInfoMessage> GetTimeZoneAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        LibC.TzSet();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        LibC.Tm tm;
        if (LibC.LocalTimeR(&now, &tm) is not null && tm.Zone is not null)
        {
            var zone = Marshal.PtrToStringUTF8((nint)tm.Zone) ?? "UTC";
            return new ValueTask<TimeZoneInfoMessage>(new TimeZoneInfoMessage(-tm.GmtOffset, zone));
        }

        return new ValueTask<TimeZoneInfoMessage>(TimeZoneInfoMessage.FromUtcOffset(TimeZoneInfo.Local.GetUtcOffset(DateTime.UtcNow), "UTC"));
    }

    private static string FindDirectory(string moduleName)
    {
        // staprun prefers debugfs when it hosts the module, else procfs (the 4.8/5.x default).
        var debugfs = Path.Combine(DebugfsRoot, moduleName);
        return Directory.Exists(debugfs) ? debugfs : Path.Combine(ProcRoot, moduleName);
    }

    private static unsafe int InitModule(ReadOnlyMemory<byte> image, string parameters)
    {
        var parameterBytes = Encoding.UTF8.GetBytes(parameters + "\0");
        fixed (byte* p = parameterBytes)
        using (var pinned = image.Pin())
        {
            var rc = LibC.Syscall3(LinuxSyscalls.InitModule, (nint)pinned.Pointer, image.Length, (nint)p);
            return rc < 0 ? LibC.LastError : 0;
        }
    }

    private void PrepareLoad()
    {
        EnsureRoot();
        if (AdjustKernelSettings)
        {
            TryWrite("/proc/sys/debug/kprobes-optimization", "0", onlyIf: null);
            TryWrite("/proc/sys/kernel/kptr_restrict", "1", onlyIf: "2");
        }
    }

    private static unsafe int DeleteModule(byte[] name)
    {
        fixed (byte* p = name)
        {
            var rc = LibC.Syscall2(LinuxSyscalls.DeleteModule, (nint)p, DeleteModuleNonBlocking);
            return rc < 0 ? LibC.LastError : 0;
        }
    }

    private static void EnsureRoot()
    {
        if (!IsRoot)
        {
            throw new ModuleLoadException("Loading a SystemTap module requires root (effective uid 0).", Errno.EPERM);
        }
    }

    private static void TryWrite(string path, string value, string? onlyIf)
    {
        try
        {
            if (onlyIf is null || File.ReadAllText(path).Trim() == onlyIf)
            {
                File.WriteAllText(path, value);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Optional tuning, as in staprun: missing files (old kernels) are fine.
        }
    }
}
