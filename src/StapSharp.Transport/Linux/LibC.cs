using System.Runtime.InteropServices;

namespace StapSharp.Transport;

/// <summary>
/// The few libc entry points the Linux host needs. Signatures are blittable (ints and pointers only), so the
/// generated stubs need no marshalling and work under NativeAOT.
/// </summary>
internal static unsafe partial class LibC
{
    public const int O_RDONLY = 0;
    public const int O_RDWR = 2;
    public const int O_NONBLOCK = 0x800;
    public const int O_CLOEXEC = 0x80000;

    private const string Library = "libc";

    [LibraryImport(Library, EntryPoint = "open", SetLastError = true)]
    public static partial int Open(byte* path, int flags, int mode);

    [LibraryImport(Library, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport(Library, EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport(Library, EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, byte* buffer, nint count);

    [LibraryImport(Library, EntryPoint = "geteuid")]
    public static partial uint GetEffectiveUserId();

    [LibraryImport(Library, EntryPoint = "getuid")]
    public static partial uint GetUserId();

    /// <summary><c>syscall(2)</c> with three integer arguments (init_module).</summary>
    [LibraryImport(Library, EntryPoint = "syscall", SetLastError = true)]
    public static partial nint Syscall3(nint number, nint arg1, nint arg2, nint arg3);

    /// <summary><c>syscall(2)</c> with two integer arguments (delete_module).</summary>
    [LibraryImport(Library, EntryPoint = "syscall", SetLastError = true)]
    public static partial nint Syscall2(nint number, nint arg1, nint arg2);

    /// <summary><c>sched_setaffinity(2)</c>; pid 0 is the calling thread.</summary>
    [LibraryImport(Library, EntryPoint = "sched_setaffinity", SetLastError = true)]
    public static partial int SchedSetAffinity(int pid, nint cpuSetSize, ulong* mask);

    [LibraryImport(Library, EntryPoint = "tzset")]
    public static partial void TzSet();

    [LibraryImport(Library, EntryPoint = "localtime_r")]
    public static partial Tm* LocalTimeR(long* time, Tm* result);

    public static int LastError => Marshal.GetLastPInvokeError();

    /// <summary>glibc's <c>struct tm</c> on LP64 (x86_64, arm64): nine ints, then <c>long tm_gmtoff</c> and <c>const char *tm_zone</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Tm
    {
        public int Sec;
        public int Min;
        public int Hour;
        public int MonthDay;
        public int Month;
        public int Year;
        public int WeekDay;
        public int YearDay;
        public int IsDst;
        public long GmtOffset;
        public byte* Zone;
    }
}
