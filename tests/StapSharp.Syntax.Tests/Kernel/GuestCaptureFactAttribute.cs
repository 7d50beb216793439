using System.IO;
using System.Linq;
using StapSharp.Testing;
using Xunit;

namespace StapSharp.Semantics.Tests
{
    /// <summary>
    /// A fact that compares with what the target kernel said about itself in QEMU (eng/vm/capture-kernel-info.sh, cached
    /// per kernel build): skipped with the reason when nothing was captured, except in CI (STAPSHARP_VM_REQUIRED=1).
    /// </summary>
    public sealed class GuestCaptureFactAttribute : FactAttribute
    {
        public GuestCaptureFactAttribute()
        {
            Skip = Prerequisites.IsRequired ? null : GuestCapture.MissingReason();
        }
    }

    internal static class GuestCapture
    {
        private static readonly System.Lazy<string?> s_directory = new(Find);

        /// <summary>The capture folder of the image's build (the image's build id names it), or null.</summary>
        public static string? Directory() => s_directory.Value;

        private static string? Find()
        {
            if (KernelImage.MissingReason() != null || KernelImageFile.UserCacheRoot() is not string cache) return null;
            byte[]? bytes = KernelImageFile.TryLoad(KernelImage.Path()!, out _);
            string? buildId = bytes != null ? KernelElfImage.TryRead(bytes)?.BuildId : null;
            if (buildId == null) return null;
            string directory = KernelSymbolTableLoader.BuildDirectory(cache, Prerequisites.Kernel!.Release, buildId);
            return File.Exists(Path.Combine(directory, KernelSymbolTableLoader.GuestKallsymsFile)) ? directory : null;
        }

        public static string? MissingReason() =>
            KernelImage.MissingReason()
            ?? (Directory() == null ? "nothing captured from the guest kernel (run eng/vm/capture-kernel-info.sh)" : null);

        public static string Require()
        {
            if (MissingReason() is string reason) throw new System.InvalidOperationException("prerequisite missing (required in CI): " + reason);
            return Directory()!;
        }
    }
}
