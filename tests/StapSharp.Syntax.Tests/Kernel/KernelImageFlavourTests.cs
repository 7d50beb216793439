using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using StapSharp.Syntax;
using Xunit;
using Xunit.Abstractions;

namespace StapSharp.Semantics.Tests
{
    /// <summary>
    /// The compressed bzImage gives the same symbols as the vmlinux prepare.sh cut out of it, for every installed flavour
    /// whose image the VM cache holds (xz for amd64 and rt, LZ4 for cloud: both decompressors are exercised).
    /// </summary>
    public class KernelImageFlavourTests
    {
        private readonly ITestOutputHelper _output;

        public KernelImageFlavourTests(ITestOutputHelper output) => _output = output;

        [KernelImageFact]
        public void Every_cached_flavour_bzImage_decompresses_to_the_same_symbols()
        {
            var (target, _) = KernelImage.Require();
            string modules = Path.GetDirectoryName(Path.GetDirectoryName(target.BuildTree.TrimEnd('/'))!)!;
            int checkedImages = 0;
            foreach (string release in KernelTarget.InstalledReleases(modules))
            {
                string? vmlinux = KernelImageFile.Candidates(release).FirstOrDefault(p => p.EndsWith("/vmlinux", StringComparison.Ordinal) && File.Exists(p));
                string? vmlinuz = vmlinux != null ? Path.Combine(Path.GetDirectoryName(vmlinux)!, "vmlinuz") : null;
                if (vmlinuz == null || !File.Exists(vmlinuz)) continue;
                KernelTarget flavour = KernelTarget.Detect(release);
                bool absolutePercpu = flavour.Config.TryGetValue("CONFIG_KALLSYMS_ABSOLUTE_PERCPU", out string? value) && value == "y";

                var clock = Stopwatch.StartNew();
                byte[]? decompressed = KernelImageFile.TryLoad(vmlinuz, out string? problem);
                long decompressMs = clock.ElapsedMilliseconds;
                Assert.True(decompressed != null, release + ": " + problem);
                var fromBzImage = KallsymsImageReader.TryRead(decompressed!, absolutePercpu, out problem);
                Assert.True(fromBzImage != null, release + ": " + problem);
                var fromVmlinux = KallsymsImageReader.TryRead(File.ReadAllBytes(vmlinux!), absolutePercpu, out problem);
                Assert.True(fromVmlinux != null, release + ": " + problem);
                _output.WriteLine($"{release}: {fromBzImage!.Count} symbols; bzImage decompressed in {decompressMs} ms");

                Assert.Equal(fromVmlinux!.Select(s => s.ToString()), fromBzImage.Select(s => s.ToString()));
                Assert.Contains(fromBzImage, s => s.Name == "vfs_read" && s.IsFunction);
                checkedImages++;
            }
            Assert.True(checkedImages > 0, "no flavour has both vmlinux and vmlinuz in the VM cache (eng/vm/prepare.sh)");
        }
    }
}
