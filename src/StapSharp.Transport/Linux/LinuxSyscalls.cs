using System;
using System.Runtime.InteropServices;

namespace StapSharp.Transport;

/// <summary>System call numbers of the module calls (not exposed by glibc headers) per architecture.</summary>
internal static class LinuxSyscalls
{
    public static nint InitModule => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 175,
        Architecture.Arm64 => 105,
        var other => throw new PlatformNotSupportedException($"init_module is not mapped for {other}."),
    };

    /// <summary><c>finit_module(fd, params, flags)</c>: loads from a file descriptor (Linux 3.8+).</summary>
    public static nint FinitModule => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 313,
        Architecture.Arm64 => 273,
        var other => throw new PlatformNotSupportedException($"finit_module is not mapped for {other}."),
    };

    public static nint DeleteModule => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 176,
        Architecture.Arm64 => 106,
        var other => throw new PlatformNotSupportedException($"delete_module is not mapped for {other}."),
    };

    /// <summary>staprun's explanations for init_module failures (<c>moderror</c>).</summary>
    public static string DescribeLoadError(int errno) => errno switch
    {
        Errno.ENOEXEC => "Invalid module format",
        Errno.ENOENT => "Unknown symbol in module",
        Errno.ESRCH => "Module has wrong symbol version",
        Errno.EINVAL => "Invalid parameters",
        Errno.EEXIST => "File exists (a module with this name is already loaded)",
        Errno.EPERM => "Operation not permitted (root required, or module signing/lockdown refused it)",
        Errno.EKEYREJECTED => "Key was rejected by service (module signature)",
        Errno.ENOMEM => "Cannot allocate memory (try a smaller buffer size)",
        _ => $"errno {errno}",
    };
}
