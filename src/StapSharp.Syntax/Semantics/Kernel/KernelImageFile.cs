using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;

namespace StapSharp.Semantics
{
    /// <summary>
    /// Finds the kernel image of a release on this machine and gives its uncompressed bytes. Candidates: an installed
    /// <c>/boot/vmlinuz-RELEASE</c>, and the image the VM harness unpacked from the linux-image package
    /// (<c>eng/vm/prepare.sh</c>: <c>$STAPSHARP_VM_CACHE/kernel/RELEASE/vmlinux</c>, already uncompressed, or its
    /// <c>vmlinuz</c>). A bzImage holds the kernel as one compressed stream found by its magic: gzip is read in
    /// process; xz, lz4 and zstd go through the tools of those names (xz-utils, lz4 and zstd, as the kernel's own
    /// <c>scripts/extract-vmlinux</c> does).
    /// </summary>
    internal static class KernelImageFile
    {
        /// <summary>The image files that may hold <paramref name="release"/>'s kernel, most direct first (they may not exist).</summary>
        public static IEnumerable<string> Candidates(string release)
        {
            string vmCache = Environment.GetEnvironmentVariable("STAPSHARP_VM_CACHE") is { Length: > 0 } configured
                ? configured
                : Path.Combine(UserCacheRoot() ?? "/nonexistent", "vm");
            yield return Path.Combine(vmCache, "kernel", release, "vmlinux");
            yield return Path.Combine("/boot", "vmlinuz-" + release);
            yield return Path.Combine(vmCache, "kernel", release, "vmlinuz");
        }

        /// <summary><c>$XDG_CACHE_HOME/stapsharp</c> or <c>~/.cache/stapsharp</c>, or null without a home.</summary>
        public static string? UserCacheRoot()
        {
            string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (!string.IsNullOrEmpty(xdg)) return Path.Combine(xdg, "stapsharp");
            string? home = Environment.GetEnvironmentVariable("HOME");
            return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "stapsharp");
        }

        /// <summary>
        /// The uncompressed kernel held in <paramref name="path"/> (returned as is when it is already an ELF), or null
        /// with <paramref name="problem"/>.
        /// </summary>
        public static byte[]? TryLoad(string path, out string? problem)
        {
            problem = null;
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problem = "cannot read " + path + ": " + e.Message;
                return null;
            }

            if (KernelElfImage.IsElf64(bytes)) return bytes;
            foreach (var (magic, tool) in s_streams)
            {
                int at = IndexOf(bytes, magic);
                if (at < 0) continue;
                byte[]? inner = tool == null ? Gunzip(bytes, at) : RunDecompressor(tool, bytes, at, out problem);
                if (inner != null && KernelElfImage.IsElf64(inner)) return inner;
            }

            problem ??= path + " holds no ELF kernel in a gzip, xz, lz4 or zstd stream";
            return null;
        }

        private static readonly (byte[] Magic, string? Tool)[] s_streams =
        {
            (new byte[] { 0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00 }, "xz"),
            (new byte[] { 0x02, 0x21, 0x4c, 0x18 }, "lz4"),
            (new byte[] { 0x28, 0xb5, 0x2f, 0xfd }, "zstd"),
            (new byte[] { 0x1f, 0x8b, 0x08 }, null),
        };

        private static int IndexOf(byte[] haystack, byte[] needle)
        {
            for (int i = Array.IndexOf(haystack, needle[0]); i >= 0 && i <= haystack.Length - needle.Length; i = Array.IndexOf(haystack, needle[0], i + 1))
            {
                int k = 1;
                while (k < needle.Length && haystack[i + k] == needle[k]) k++;
                if (k == needle.Length) return i;
            }
            return -1;
        }

        private static byte[]? Gunzip(byte[] bytes, int at)
        {
            try
            {
                using var input = new GZipStream(new MemoryStream(bytes, at, bytes.Length - at), CompressionMode.Decompress);
                using var output = new MemoryStream();
                input.CopyTo(output);
                return output.ToArray();
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }

        private static byte[]? RunDecompressor(string tool, byte[] bytes, int at, out string? problem)
        {
            problem = null;
            // A bzImage has trailing data after the stream: xz needs --single-stream to stop there; the others stop by themselves.
            var start = new ProcessStartInfo(tool, tool == "xz" ? "-dc --single-stream" : "-dc")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            try
            {
                using Process process = Process.Start(start)!;
                var output = new MemoryStream();
                var reading = process.StandardOutput.BaseStream.CopyToAsync(output);
                var errors = process.StandardError.ReadToEndAsync();
                try
                {
                    process.StandardInput.BaseStream.Write(bytes, at, bytes.Length - at);
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // The tool stops reading at the end of its stream; the rest of the bzImage is not needed.
                }
                reading.GetAwaiter().GetResult();
                errors.GetAwaiter().GetResult();
                process.WaitForExit();
                return output.Length > 0 ? output.ToArray() : null;
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
            {
                problem = "the kernel image is compressed with " + tool + ", and the " + tool + " tool cannot be run (" + e.Message + ")";
                return null;
            }
        }
    }
}
