using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace StapSharp.Semantics
{
    /// <summary>
    /// Checks and creates the files that StapSharp writes and later trusts: build folders (whose contents run as root
    /// in make and in the kernel) and user caches (read back into every later build). A trusted path is the thing
    /// itself, not a symbolic link, owned by the effective user and not writable by group or others, so no other
    /// local user can have planted or swapped it. Files are created with <c>O_CREAT|O_EXCL</c>, which never follows
    /// a symbolic link; an existing file is unlinked first (the link, not its target). Linux only: elsewhere
    /// there is no other user to fear (no root build) and the checks pass.
    /// </summary>
    internal static class TrustedPath
    {
        private const int AtFdCwd = -100;
        private const int AtSymlinkNoFollow = 0x100;
        private const uint StatxBasicStats = 0x7ff;
        private const int FileTypeMask = 0xF000;
        private const int DirectoryType = 0x4000;
        private const int RegularType = 0x8000;
        private const int SymbolicLinkType = 0xA000;
        private const int GroupOrOtherWrite = 0x12; // 022
        private const int Enoent = 2;
        private const int Eexist = 17;

        /// <summary>True where the ownership checks apply (Linux).</summary>
        public static bool IsSupported => RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

        /// <summary>
        /// Why <paramref name="path"/> cannot be trusted, or null when it can. <paramref name="exists"/> tells a missing
        /// path (which the caller may create) from a present but untrusted one.
        /// </summary>
        public static string? Problem(string path, bool directory, out bool exists)
        {
            exists = true;
            if (!IsSupported)
            {
                exists = directory ? Directory.Exists(path) : File.Exists(path);
                return exists ? null : "it does not exist";
            }

            if (!TryStat(path, out StatxBuffer stat, out int errno))
            {
                exists = errno != Enoent;
                return exists ? "it cannot be examined (errno " + errno + ")" : "it does not exist";
            }

            int type = stat.Mode & FileTypeMask;
            if (type == SymbolicLinkType)
                return "it is a symbolic link";
            if (type != (directory ? DirectoryType : RegularType))
                return directory ? "it is not a directory" : "it is not a regular file";
            uint user = GetEffectiveUserId();
            if (stat.Uid != user)
                return "it is owned by uid " + stat.Uid + ", not by the current user (uid " + user + ")";
            if ((stat.Mode & GroupOrOtherWrite) != 0)
                return "it is writable by group or others (mode " + Convert.ToString(stat.Mode & 0xFFF, 8) + ")";
            return null;
        }

        /// <summary>
        /// Makes <paramref name="path"/> a trusted directory: creates it with mode 0700 when missing (its parents with
        /// the default mode), or accepts an existing one only when <see cref="Problem"/> finds nothing.
        /// </summary>
        /// <exception cref="UnauthorizedAccessException">The existing directory is not trusted; the message says why.</exception>
        public static void EnsureDirectory(string path)
        {
            path = Path.GetFullPath(path);
            string? parent = Path.GetDirectoryName(path);
            if (parent is not null && !Directory.Exists(parent))
                Directory.CreateDirectory(parent);
            if (IsSupported)
            {
                if (MakeDirectory(Encode(path), 0x1C0) != 0)
                {
                    int errno = Marshal.GetLastWin32Error();
                    if (errno != Eexist)
                        throw new IOException("cannot create directory '" + path + "' (errno " + errno + ")");
                }
            }
            else
            {
                Directory.CreateDirectory(path);
            }

            if (Problem(path, directory: true, out _) is { } problem)
                throw new UnauthorizedAccessException("refusing to use directory '" + path + "': " + problem);
        }

        /// <summary>Creates <paramref name="path"/> afresh: unlinks whatever is there, then opens with <c>O_CREAT|O_EXCL</c>.</summary>
        public static FileStream CreateNew(string path)
        {
            DeleteEntry(path);
            return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }

        /// <summary>Writes a UTF-8 text file (no byte order mark) afresh, as <see cref="CreateNew"/>.</summary>
        public static void WriteAllText(string path, string text)
        {
            using FileStream stream = CreateNew(path);
            byte[] bytes = new UTF8Encoding(false).GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }

        /// <summary>Removes a directory entry without following it: a symbolic link goes, its target stays.</summary>
        public static void DeleteEntry(string path)
        {
            // File.Delete unlinks links themselves and ignores missing files; a directory in the way is an error.
            if (Directory.Exists(path) && (File.GetAttributes(path) & FileAttributes.ReparsePoint) == 0)
                throw new IOException("'" + path + "' is a directory");
            File.Delete(path);
        }

        private static bool TryStat(string path, out StatxBuffer stat, out int errno)
        {
            if (StatX(AtFdCwd, Encode(path), AtSymlinkNoFollow, StatxBasicStats, out stat) == 0)
            {
                errno = 0;
                return true;
            }

            errno = Marshal.GetLastWin32Error();
            return false;
        }

        private static byte[] Encode(string path) => Encoding.UTF8.GetBytes(path + "\0");

        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        private static extern int StatX(int directoryFd, byte[] path, int flags, uint mask, out StatxBuffer buffer);

        [DllImport("libc", EntryPoint = "mkdir", SetLastError = true)]
        private static extern int MakeDirectory(byte[] path, uint mode);

        [DllImport("libc", EntryPoint = "geteuid")]
        private static extern uint GetEffectiveUserId();

        /// <summary>The head of <c>struct statx</c> (the same layout on every architecture); the kernel fills 256 bytes.</summary>
        [StructLayout(LayoutKind.Sequential, Size = 256)]
        private struct StatxBuffer
        {
            public uint Mask;
            public uint BlockSize;
            public ulong Attributes;
            public uint LinkCount;
            public uint Uid;
            public uint Gid;
            public ushort Mode;
        }
    }
}
