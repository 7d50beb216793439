using System.IO;
using System.Linq;
using StapSharp.Syntax;
using StapSharp.Testing;
using Xunit;

namespace StapSharp.Semantics.Tests
{
    /// <summary>
    /// A fact that needs the target kernel's image (the one eng/vm/prepare.sh unpacks from the linux-image package):
    /// skipped with the reason when it is missing, except in CI (STAPSHARP_VM_REQUIRED=1), where the test runs and
    /// <see cref="KernelImage.Require"/> fails it.
    /// </summary>
    public sealed class KernelImageFactAttribute : FactAttribute
    {
        public KernelImageFactAttribute()
        {
            Skip = Prerequisites.IsRequired ? null : KernelImage.MissingReason();
        }
    }

    internal static class KernelImage
    {
        public static string? Path() =>
            Prerequisites.Kernel is { } kernel ? KernelImageFile.Candidates(kernel.Release).FirstOrDefault(File.Exists) : null;

        public static string? MissingReason() =>
            Prerequisites.MissingReason(Needs.KernelBuildTree)
            ?? (Path() == null ? "no kernel image for " + Prerequisites.Kernel!.Release + " (eng/vm/prepare.sh downloads and unpacks linux-image)" : null);

        public static (KernelTarget Target, string Image) Require()
        {
            if (MissingReason() is string reason) throw new System.InvalidOperationException("prerequisite missing (required in CI): " + reason);
            return (Prerequisites.Kernel!, Path()!);
        }
    }
}
