using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>
    /// Loads the <see cref="KernelSymbolTable"/> of a <see cref="KernelTarget"/> from the first source that has one:
    /// <list type="number">
    /// <item>a real <c>System.map</c>: the build tree's, then <c>/boot/System.map-RELEASE</c> (Debian's is a stub,
    /// which is recognised and skipped);</item>
    /// <item>the guest's <c>/proc/kallsyms</c>, captured once by <c>eng/vm/capture-kernel-info.sh</c> into the cache;</item>
    /// <item>the kallsyms tables of the kernel image (<see cref="KallsymsImageReader"/>), read once per build and
    /// cached.</item>
    /// </list>
    /// The cache lives in <c>CACHE/kernel/RELEASE/BUILD-ID/</c>: the GNU build id of the image names one kernel build,
    /// so two builds with one release string never share symbols. A small <c>image-FINGERPRINT.buildid</c> file maps an
    /// image file (path, size, time) to its build id, so that a warm load never reads or decompresses the image.
    /// </summary>
    internal static class KernelSymbolTableLoader
    {
        public const string GuestKallsymsFile = "kallsyms.guest";
        public const string GuestBlacklistFile = "kprobes-blacklist.guest";
        public const string ImageKallsymsFile = "kallsyms.image";
        public const string ImageBlacklistFile = "kprobes-blacklist.image";
        private const string ImageCacheMagic = "# StapSharp kallsyms from the kernel image, format 1";

        /// <summary>The cache folder of one kernel build (<paramref name="buildId"/> null: not known yet).</summary>
        public static string BuildDirectory(string cacheRoot, string release, string buildId) =>
            Path.Combine(cacheRoot, "kernel", release, buildId);

        /// <summary>
        /// Loads the symbols of <paramref name="target"/>.
        /// </summary>
        /// <param name="target">The kernel.</param>
        /// <param name="cacheRoot">The user's StapSharp cache (<c>~/.cache/stapsharp</c>), or null to read and write no cache.</param>
        /// <param name="imagePaths">The kernel images to try, or null for <see cref="KernelImageFile.Candidates"/>.</param>
        /// <param name="systemMapPaths">The System.map files to try, or null for the build tree's and /boot's.</param>
        public static KernelSymbolTable Load(KernelTarget target, string? cacheRoot,
            IEnumerable<string>? imagePaths = null, IEnumerable<string>? systemMapPaths = null)
        {
            if (target is null) throw new ArgumentNullException(nameof(target));
            var notes = new List<string>();

            foreach (string map in systemMapPaths ?? new[] { Path.Combine(target.BuildTree, "System.map"), "/boot/System.map-" + target.Release })
            {
                string? problem = KallsymsTextReader.StubProblem(map);
                if (problem != null)
                {
                    notes.Add("System.map " + map + ": " + problem);
                    continue;
                }
                using var reader = new StreamReader(map);
                return new KernelSymbolTable(KernelSymbolSource.SystemMap, map, KallsymsTextReader.Read(reader), notes: notes);
            }

            string? image = (imagePaths ?? KernelImageFile.Candidates(target.Release)).FirstOrDefault(File.Exists);
            if (image == null) notes.Add("kernel image of " + target.Release + ": none found (eng/vm/prepare.sh unpacks one from the linux-image package)");
            string? buildId = image != null && cacheRoot != null ? CachedBuildId(cacheRoot, target.Release, image) : null;
            byte[]? bytes = null;
            KernelElfImage? elf = null;
            if (image != null && buildId == null)
            {
                bytes = KernelImageFile.TryLoad(image, out string? problem);
                elf = bytes != null ? KernelElfImage.TryRead(bytes) : null;
                buildId = elf?.BuildId;
                if (bytes == null) notes.Add("kernel image " + image + ": " + problem);
                else if (buildId == null) notes.Add("kernel image " + image + ": no GNU build id, so nothing is cached for it");
                else if (cacheRoot != null) SaveBuildId(cacheRoot, target.Release, image, buildId);
            }

            string? buildDirectory = cacheRoot == null ? null
                : buildId != null ? BuildDirectory(cacheRoot, target.Release, buildId)
                : image == null ? OnlyCapturedBuild(cacheRoot, target.Release) : null;

            if (buildDirectory != null)
            {
                string guest = Path.Combine(buildDirectory, GuestKallsymsFile);
                if (TrustedFile(guest))
                {
                    var symbols = ReadText(guest).Where(symbol => symbol.Module == null).ToArray();
                    string blacklistPath = Path.Combine(buildDirectory, GuestBlacklistFile);
                    ImmutableHashSet<string>? blacklist = null;
                    if (TrustedFile(blacklistPath))
                    {
                        using var reader = new StreamReader(blacklistPath);
                        blacklist = KprobeBlacklistReader.ReadDebugfs(reader);
                    }
                    return new KernelSymbolTable(KernelSymbolSource.GuestKallsyms, guest, symbols, blacklist, blacklistPath, notes);
                }
                notes.Add("guest /proc/kallsyms: not captured (" + guest + "; eng/vm/capture-kernel-info.sh captures it)");

                string cached = Path.Combine(buildDirectory, ImageKallsymsFile);
                if (TrustedFile(cached) && FirstLine(cached) == ImageCacheMagic)
                {
                    string blacklistPath = Path.Combine(buildDirectory, ImageBlacklistFile);
                    ImmutableHashSet<string>? blacklist = TrustedFile(blacklistPath)
                        ? File.ReadAllLines(blacklistPath).Where(line => line.Length > 0).ToImmutableHashSet(StringComparer.Ordinal)
                        : null;
                    return new KernelSymbolTable(KernelSymbolSource.KernelImage, image + " (cached in " + cached + ")", ReadText(cached),
                        blacklist, image + " (cached)", notes);
                }
            }

            if (image == null) return KernelSymbolTable.Unknown("no System.map, no captured /proc/kallsyms and no kernel image for " + target.Release, notes);

            if (bytes == null)
            {
                bytes = KernelImageFile.TryLoad(image, out string? problem);
                if (bytes == null)
                {
                    notes.Add("kernel image " + image + ": " + problem);
                    return KernelSymbolTable.Unknown("the kernel image could not be read", notes);
                }
                elf = KernelElfImage.TryRead(bytes);
            }

            bool absolutePercpu = target.Config.TryGetValue("CONFIG_KALLSYMS_ABSOLUTE_PERCPU", out string? value) && value == "y";
            IReadOnlyList<KernelSymbol>? fromImage = KallsymsImageReader.TryRead(bytes, absolutePercpu, out string? readProblem);
            if (fromImage == null)
            {
                notes.Add("kernel image " + image + ": " + readProblem);
                return KernelSymbolTable.Unknown("the kernel image has no readable kallsyms tables", notes);
            }

            ImmutableHashSet<string>? imageBlacklist = elf != null ? KprobeBlacklistReader.FromImage(elf, fromImage) : null;
            if (buildDirectory != null) SaveImageTables(buildDirectory, fromImage, imageBlacklist);
            return new KernelSymbolTable(KernelSymbolSource.KernelImage, image, fromImage, imageBlacklist, image, notes);
        }

        private static IReadOnlyList<KernelSymbol> ReadText(string path)
        {
            using var reader = new StreamReader(path, Encoding.ASCII, false, 1 << 16);
            return KallsymsTextReader.Read(reader);
        }

        private static string? FirstLine(string path)
        {
            using var reader = new StreamReader(path);
            return reader.ReadLine();
        }

        /// <summary>What a cache file says decides which probes a script gets, so only this user's own files are read.</summary>
        internal static bool TrustedFile(string path) => TrustedPath.Problem(path, directory: false, out _) == null;

        private static string Fingerprint(string image)
        {
            var info = new FileInfo(image);
            string text = Path.GetFullPath(image) + "\0" + info.Length.ToString(CultureInfo.InvariantCulture) + "\0"
                + info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture);
            using var sha = System.Security.Cryptography.SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
            var hex = new StringBuilder(32);
            for (int i = 0; i < 16; i++) hex.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
            return hex.ToString();
        }

        private static string BuildIdFile(string cacheRoot, string release, string image) =>
            Path.Combine(cacheRoot, "kernel", release, "image-" + Fingerprint(image) + ".buildid");

        internal static string? CachedBuildId(string cacheRoot, string release, string image)
        {
            string path = BuildIdFile(cacheRoot, release, image);
            if (!TrustedFile(path)) return null;
            string id = File.ReadAllText(path).Trim();
            return id.Length > 0 && id.All(Uri.IsHexDigit) ? id : null;
        }

        internal static void SaveBuildId(string cacheRoot, string release, string image, string buildId)
        {
            try
            {
                TrustedPath.EnsureDirectory(Path.Combine(cacheRoot, "kernel", release));
                WriteAtomically(BuildIdFile(cacheRoot, release, image), buildId + "\n");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Only costs the next load a read of the image.
            }
        }

        /// <summary>Without an image the build is unknown: a single captured build of the release is taken, never a guess between several.</summary>
        private static string? OnlyCapturedBuild(string cacheRoot, string release)
        {
            string releaseDirectory = Path.Combine(cacheRoot, "kernel", release);
            if (!Directory.Exists(releaseDirectory)) return null;
            string[] builds = Directory.GetDirectories(releaseDirectory)
                .Where(build => File.Exists(Path.Combine(build, GuestKallsymsFile)))
                .ToArray();
            return builds.Length == 1 ? builds[0] : null;
        }

        private static void SaveImageTables(string buildDirectory, IReadOnlyList<KernelSymbol> symbols, ImmutableHashSet<string>? blacklist)
        {
            try
            {
                TrustedPath.EnsureDirectory(Path.GetDirectoryName(buildDirectory)!);
                TrustedPath.EnsureDirectory(buildDirectory);
                var text = new StringBuilder(symbols.Count * 40);
                text.Append(ImageCacheMagic).Append('\n');
                foreach (KernelSymbol symbol in symbols) text.Append(symbol.ToString()).Append('\n');
                WriteAtomically(Path.Combine(buildDirectory, ImageKallsymsFile), text.ToString());
                if (blacklist != null)
                    WriteAtomically(Path.Combine(buildDirectory, ImageBlacklistFile), string.Join("\n", blacklist.OrderBy(name => name, StringComparer.Ordinal)) + "\n");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Only costs the next load a read of the image.
            }
        }

        /// <summary>A temporary file renamed into place, so that a concurrent reader never sees half a table.</summary>
        internal static void WriteAtomically(string path, string text) => WriteAtomically(path, new UTF8Encoding(false).GetBytes(text));

        internal static void WriteAtomically(string path, byte[] bytes)
        {
            string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using (FileStream stream = TrustedPath.CreateNew(temporary)) stream.Write(bytes, 0, bytes.Length);
            try
            {
                File.Delete(path);
                File.Move(temporary, path);
            }
            finally
            {
                if (File.Exists(temporary)) File.Delete(temporary);
            }
        }
    }
}
