using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StapSharp.Syntax;

namespace StapSharp.Semantics
{
    /// <summary>
    /// Loads the <see cref="KernelBtf"/> of a <see cref="KernelTarget"/> from its image (see
    /// <see cref="KernelImageFile.Candidates"/>), keeping the raw BTF (a few MB) in the per-build cache folder
    /// (<c>CACHE/kernel/RELEASE/BUILD-ID/vmlinux.btf</c>) so that a warm load reads neither the image nor its symbols.
    /// </summary>
    internal static class KernelBtfLoader
    {
        public const string CacheFile = "vmlinux.btf";

        /// <summary>The types, or null with <paramref name="problem"/>; <paramref name="origin"/> says where they came from.</summary>
        public static KernelBtf? Load(KernelTarget target, string? cacheRoot, out string origin, out string? problem, IEnumerable<string>? imagePaths = null)
        {
            if (target is null) throw new ArgumentNullException(nameof(target));
            origin = string.Empty;
            string? image = (imagePaths ?? KernelImageFile.Candidates(target.Release)).FirstOrDefault(File.Exists);
            if (image == null)
            {
                problem = "no kernel image of " + target.Release + " (eng/vm/prepare.sh unpacks one from the linux-image package)";
                return null;
            }

            string? buildId = cacheRoot != null ? KernelSymbolTableLoader.CachedBuildId(cacheRoot, target.Release, image) : null;
            if (buildId != null)
            {
                string cached = Path.Combine(KernelSymbolTableLoader.BuildDirectory(cacheRoot!, target.Release, buildId), CacheFile);
                if (KernelSymbolTableLoader.TrustedFile(cached))
                {
                    origin = image + " (cached in " + cached + ")";
                    return KernelBtf.TryRead(File.ReadAllBytes(cached), out problem);
                }
            }

            byte[]? bytes = KernelImageFile.TryLoad(image, out problem);
            KernelElfImage? elf = bytes != null ? KernelElfImage.TryRead(bytes) : null;
            if (bytes == null || elf == null)
            {
                problem ??= image + " is not an ELF kernel";
                return null;
            }
            bool absolutePercpu = target.Config.TryGetValue("CONFIG_KALLSYMS_ABSOLUTE_PERCPU", out string? value) && value == "y";
            IReadOnlyList<KernelSymbol>? symbols = KallsymsImageReader.TryRead(bytes, absolutePercpu, out problem);
            byte[]? blob = symbols != null ? KernelBtf.BlobFromImage(elf, symbols, out problem) : null;
            if (blob == null) return null;

            origin = image;
            if (cacheRoot != null && elf.BuildId != null)
            {
                try
                {
                    KernelSymbolTableLoader.SaveBuildId(cacheRoot, target.Release, image, elf.BuildId);
                    string directory = KernelSymbolTableLoader.BuildDirectory(cacheRoot, target.Release, elf.BuildId);
                    TrustedPath.EnsureDirectory(directory);
                    KernelSymbolTableLoader.WriteAtomically(Path.Combine(directory, CacheFile), blob);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Only costs the next load a read of the image.
                }
            }
            return KernelBtf.TryRead(blob, out problem);
        }
    }
}
