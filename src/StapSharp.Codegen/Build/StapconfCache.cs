using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using StapSharp.Semantics;

namespace StapSharp.Codegen
{
    /// <summary>
    /// Caches the stapconf header per (kernel build tree, runtime): its ~100 compile probes take 10-40 s but
    /// depend only on the kernel and the runtime, never on the script. Entries live in
    /// <c>${XDG_CACHE_HOME:-~/.cache}/stapsharp/stapconf/&lt;key&gt;.h</c>. An entry (or the folder) that is a symbolic
    /// link, belongs to another user or is group/world-writable is never used: it is deleted and rebuilt.
    /// </summary>
    public sealed class StapconfCache
    {
        private const string KeyVersion = "stapsharp-stapconf-v1";

        /// <summary>Creates a cache in <paramref name="directory"/>.</summary>
        /// <param name="directory">The cache directory (created on first store).</param>
        public StapconfCache(string directory)
        {
            Directory = directory ?? throw new ArgumentNullException(nameof(directory));
        }

        /// <summary>The cache in the default directory.</summary>
        public static StapconfCache Default { get; } = new(DefaultDirectory);

        /// <summary><c>${XDG_CACHE_HOME:-~/.cache}/stapsharp/stapconf</c>.</summary>
        public static string DefaultDirectory
        {
            get
            {
                string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
                string root = string.IsNullOrEmpty(xdg)
                    ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache")
                    : xdg!;
                return Path.Combine(root, "stapsharp", "stapconf");
            }
        }

        /// <summary>The cache directory.</summary>
        public string Directory { get; }

        /// <summary>
        /// The key of a (build tree, runtime) pair: a hash of the build tree path, its kernel release, the size and
        /// time of its <c>.config</c> and <c>Module.symvers</c>, the runtime path, and the names, sizes and times of
        /// the runtime's compile-probe files. Any kernel or runtime change gives a new key.
        /// </summary>
        /// <param name="kernelBuildTree">The kernel build tree.</param>
        /// <param name="runtimePath">The SystemTap runtime directory.</param>
        /// <returns>A 32-character hex key.</returns>
        public static string ComputeKey(string kernelBuildTree, string runtimePath)
        {
            var text = new StringBuilder();
            text.Append(KeyVersion).Append('\n');
            text.Append(Path.GetFullPath(kernelBuildTree)).Append('\n');
            AppendFile(text, Path.Combine(kernelBuildTree, "include", "config", "kernel.release"), withContent: true);
            AppendFile(text, Path.Combine(kernelBuildTree, ".config"), withContent: false);
            AppendFile(text, Path.Combine(kernelBuildTree, "Module.symvers"), withContent: false);
            text.Append(Path.GetFullPath(runtimePath)).Append('\n');
            string linux = Path.Combine(runtimePath, "linux");
            if (System.IO.Directory.Exists(linux))
            {
                foreach (string file in System.IO.Directory.GetFiles(linux, "*.c").OrderBy(f => f, StringComparer.Ordinal))
                    AppendFile(text, file, withContent: false);
            }
            using var sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
            return string.Concat(hash.Take(16).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        }

        /// <summary>The cache file of a key.</summary>
        /// <param name="key">A key from <see cref="ComputeKey"/>.</param>
        /// <returns>The path (which may not exist).</returns>
        public string PathOf(string key) => Path.Combine(Directory, key + ".h");

        /// <summary>Copies the cached header to <paramref name="destination"/> when there is one.</summary>
        /// <param name="key">The key.</param>
        /// <param name="destination">The header path in the build directory.</param>
        /// <returns>True on a cache hit.</returns>
        public bool TryRestore(string key, string destination)
        {
            string cached = PathOf(key);
            if (!File.Exists(cached))
                return false;
            if (TrustedPath.Problem(Directory, directory: true, out _) is not null)
                return false;
            if (TrustedPath.Problem(cached, directory: false, out _) is not null)
            {
                // Planted or changeable by someone else: rebuild it rather than -include it into a module.
                TryDelete(cached);
                return false;
            }
            TrustedPath.DeleteEntry(destination);
            File.Copy(cached, destination, overwrite: false);
            // A fresh time stamp: the header must look newer than nothing it depends on.
            File.SetLastWriteTimeUtc(destination, DateTime.UtcNow);
            return true;
        }

        /// <summary>Stores a header produced by a build (atomically: readers never see a partial file).</summary>
        /// <param name="key">The key.</param>
        /// <param name="header">The header produced by the compile probes.</param>
        public void Store(string key, string header)
        {
            try
            {
                TrustedPath.EnsureDirectory(Directory);
            }
            catch (UnauthorizedAccessException)
            {
                // A folder someone else controls is never written (nor read: see TryRestore).
                return;
            }
            string target = PathOf(key);
            string temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using (FileStream output = TrustedPath.CreateNew(temporary))
            using (FileStream input = File.OpenRead(header))
                input.CopyTo(output);
            TrustedPath.DeleteEntry(target);
            File.Move(temporary, target);
        }

        private static void TryDelete(string path)
        {
            try
            {
                TrustedPath.DeleteEntry(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not ours to remove (another owner's folder): it is skipped all the same.
            }
        }

        private static void AppendFile(StringBuilder text, string path, bool withContent)
        {
            text.Append(path).Append(' ');
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                text.Append("missing\n");
                return;
            }
            text.Append(info.Length.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
            if (withContent)
                text.Append(' ').Append(File.ReadAllText(path).Trim());
            text.Append('\n');
        }
    }
}
