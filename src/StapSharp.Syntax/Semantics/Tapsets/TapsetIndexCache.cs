using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace StapSharp.Semantics
{
    /// <summary>
    /// Keeps <see cref="TapsetScanner"/> results on disk between processes. Scanning reads every tapset file (about
    /// 4 MB), which is most of the work of a short command such as <c>stapsharp check hello.stp</c>; with the
    /// cache a process only stats the files. The cache file is named after a fingerprint of every file's path,
    /// size and modification time (and the format version), so any change to the tapsets selects a new file;
    /// an unreadable or foreign file is ignored and rebuilt. Writes go to a temporary file renamed into place, so
    /// concurrent processes never see half a file. A cache file or folder that is a link, belongs to another user or
    /// is group/world-writable is not read (the scan runs instead) and a folder of another user is not written.
    /// </summary>
    internal static class TapsetIndexCache
    {
        // Bump when TapsetScanner's results or this layout change.
        private const int FormatVersion = 1;
        private const string Magic = "StapSharp.TapsetIndex";
        private const string FilePrefix = "tapset-index-";
        private static readonly TimeSpan s_staleAfter = TimeSpan.FromDays(30);

        /// <summary>The fingerprint of the files as they are now, or null when one of them cannot be examined.</summary>
        public static string? Fingerprint(ImmutableArray<string> files)
        {
            var text = new StringBuilder(files.Length * 80);
            text.Append(Magic).Append('/').Append(FormatVersion).Append('\n');
            try
            {
                foreach (string path in files)
                {
                    var info = new FileInfo(path);
                    if (!info.Exists) return null;
                    text.Append(path).Append('\0').Append(info.Length).Append('\0').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                return null;
            }

            using var sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
            var hex = new StringBuilder(32);
            for (int i = 0; i < 16; i++) hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            return hex.ToString();
        }

        /// <summary>Reads the scan results saved under this fingerprint, or returns null.</summary>
        public static List<TapsetFileIndex>? TryLoad(string directory, string fingerprint, ImmutableArray<string> files)
        {
            string path = Path.Combine(directory, FilePrefix + fingerprint + ".bin");
            // What this file says decides which tapset files a script gets (and so which embedded C is compiled, as
            // root for run): only a file and folder of this user, writable by nobody else and not links, is read.
            if (TrustedPath.Problem(directory, directory: true, out _) is not null || TrustedPath.Problem(path, directory: false, out _) is not null)
                return null;
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
                using var reader = new BinaryReader(stream, Encoding.UTF8);
                if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion || reader.ReadString() != fingerprint) return null;
                int count = reader.ReadInt32();
                if (count != files.Length) return null;
                var result = new List<TapsetFileIndex>(count);
                for (int i = 0; i < count; i++)
                {
                    string file = reader.ReadString();
                    if (file != files[i]) return null;
                    var functions = ReadNames(reader);
                    var globals = ReadNames(reader);
                    int aliasCount = reader.ReadInt32();
                    var aliases = ImmutableArray.CreateBuilder<ImmutableArray<string>>(aliasCount);
                    for (int a = 0; a < aliasCount; a++) aliases.Add(ReadNames(reader));
                    var macros = ReadNames(reader);
                    result.Add(new TapsetFileIndex(file, functions, globals, aliases.MoveToImmutable(), macros));
                }

                return result;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
            {
                return null;
            }
        }

        /// <summary>Saves scan results under this fingerprint; failures only cost the next process a scan.</summary>
        public static void TrySave(string directory, string fingerprint, IReadOnlyList<TapsetFileIndex> files)
        {
            string target = Path.Combine(directory, FilePrefix + fingerprint + ".bin");
            string temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
            try
            {
                TrustedPath.EnsureDirectory(directory);
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
                using (var writer = new BinaryWriter(stream, Encoding.UTF8))
                {
                    writer.Write(Magic);
                    writer.Write(FormatVersion);
                    writer.Write(fingerprint);
                    writer.Write(files.Count);
                    foreach (var file in files)
                    {
                        writer.Write(file.Path);
                        WriteNames(writer, file.Functions);
                        WriteNames(writer, file.Globals);
                        writer.Write(file.Aliases.Length);
                        foreach (var alias in file.Aliases) WriteNames(writer, alias);
                        WriteNames(writer, file.Macros);
                    }
                }

                // Only a damaged file (or another process's equal one) can be in the way.
                if (File.Exists(target)) File.Delete(target);
                File.Move(temporary, target);
                DeleteStale(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
                {
                }
            }
        }

        private static ImmutableArray<string> ReadNames(BinaryReader reader)
        {
            int count = reader.ReadInt32();
            if (count < 0 || count > 1_000_000) throw new FormatException("bad name count");
            var names = ImmutableArray.CreateBuilder<string>(count);
            for (int i = 0; i < count; i++) names.Add(reader.ReadString());
            return names.MoveToImmutable();
        }

        private static void WriteNames(BinaryWriter writer, ImmutableArray<string> names)
        {
            writer.Write(names.Length);
            foreach (string name in names) writer.Write(name);
        }

        // Index files of tapset versions not used for a month are left over from upgrades.
        private static void DeleteStale(string directory)
        {
            foreach (string file in Directory.EnumerateFiles(directory, FilePrefix + "*"))
            {
                if (DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > s_staleAfter) File.Delete(file);
            }
        }
    }
}
