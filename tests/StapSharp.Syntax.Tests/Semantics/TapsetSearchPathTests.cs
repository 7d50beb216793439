using System.IO;
using System.Linq;
using StapSharp.Semantics;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.Semantics
{
    public sealed class TapsetSearchPathTests
    {
        [Fact]
        public void CandidateDirectoriesFollowStapOrder()
        {
            var directories = TapsetSearchPath.GetCandidateDirectories("/t", "6.1.0-56-amd64", "x86_64", "kernel");
            Assert.Equal(new[]
            {
                "/t/linux/6.1.0-56-amd64/x86_64", "/t/linux/6.1.0-56-amd64", "/t/linux/6.1.0/x86_64", "/t/linux/6.1.0",
                "/t/linux/6.1/x86_64", "/t/linux/6.1", "/t/linux/x86_64", "/t/linux",
                "/t/6.1.0-56-amd64/x86_64", "/t/6.1.0-56-amd64", "/t/6.1.0/x86_64", "/t/6.1.0",
                "/t/6.1/x86_64", "/t/6.1", "/t/x86_64", "/t",
            }, directories.ToArray());
        }

        [Fact]
        public void ReleaseWithoutSuffixIsNotRepeated()
        {
            var directories = TapsetSearchPath.GetCandidateDirectories("/t", "5.10", "arm64", "dyninst");
            Assert.Equal(new[]
            {
                "/t/dyninst/5.10/arm64", "/t/dyninst/5.10", "/t/dyninst/5/arm64", "/t/dyninst/5", "/t/dyninst/arm64", "/t/dyninst",
                "/t/5.10/arm64", "/t/5.10", "/t/5/arm64", "/t/5", "/t/arm64", "/t",
            }, directories.ToArray());
        }

        [Fact]
        public void MacroFilesComeFirstAndOtherArchitecturesAreSkipped()
        {
            string root = Path.Combine(Path.GetTempPath(), "stapsharp-searchpath-" + System.Guid.NewGuid().ToString("N"));
            try
            {
                Directory.CreateDirectory(Path.Combine(root, "linux", "x86_64"));
                Directory.CreateDirectory(Path.Combine(root, "linux", "arm64"));
                File.WriteAllText(Path.Combine(root, "b.stp"), "");
                File.WriteAllText(Path.Combine(root, "a.stpm"), "");
                File.WriteAllText(Path.Combine(root, "linux", "c.stp"), "");
                File.WriteAllText(Path.Combine(root, "linux", "x86_64", "d.stp"), "");
                File.WriteAllText(Path.Combine(root, "linux", "arm64", "e.stp"), "");
                var files = TapsetSearchPath.EnumerateFiles(new[] { root }, "6.1.0-56-amd64", "x86_64", "kernel")
                    .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToArray();
                Assert.Equal(new[] { "a.stpm", "linux/x86_64/d.stp", "linux/c.stp", "b.stp" }, files);
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }

        [RequiresFact(Needs.Tapsets)]
        public void InstalledTapsetsGiveStapFileCount()
        {
            Prerequisites.Require(Needs.Tapsets);
            var files = TapsetSearchPath.EnumerateFiles(new[] { TapsetSearchPath.DefaultRoot }, "6.1.0-56-amd64", "x86_64", "kernel");

            // stap 4.8 reads 466 .stp files for this release and architecture (observed with strace).
            Assert.Equal(466, files.Count(f => f.EndsWith(".stp", System.StringComparison.Ordinal)));
        }
    }
}
