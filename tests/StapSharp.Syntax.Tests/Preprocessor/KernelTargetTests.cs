using System;
using System.IO;
using StapSharp.Syntax;

namespace StapSharp.Syntax.Tests.Preprocessor
{
    /// <summary>
    /// Discovery of the target kernel in a made-up modules directory: explicit release first, then the running kernel,
    /// then the newest installed build tree; and what a target carries into the parse options.
    /// </summary>
    public sealed class KernelTargetTests : IDisposable
    {
        private readonly string _modules = Directory.CreateTempSubdirectory("stapsharp-kt-").FullName;

        public void Dispose() => Directory.Delete(_modules, recursive: true);

        private string AddTree(string release, string? config = "CONFIG_X86_64=y\nCONFIG_SMP=y\n")
        {
            string tree = Path.Combine(_modules, release, "build");
            Directory.CreateDirectory(Path.Combine(tree, "include", "generated"));
            File.WriteAllText(Path.Combine(tree, "Makefile"), "# kbuild\n");
            File.WriteAllText(Path.Combine(tree, "include", "generated", "utsrelease.h"), $"#define UTS_RELEASE \"{release}\"\n");
            if (config != null) File.WriteAllText(Path.Combine(tree, ".config"), config);
            return tree;
        }

        [Fact]
        public void ExplicitReleaseWins()
        {
            AddTree("6.1.0-9-amd64");
            AddTree("6.1.0-10-amd64");
            Assert.True(KernelTarget.TryDetect("6.1.0-9-amd64", _modules, "6.1.0-10-amd64", out var target, out var error), error);
            Assert.Equal("6.1.0-9-amd64", target!.Release);
            Assert.Equal(KernelTargetSource.Explicit, target.Source);
            Assert.Equal("x86_64", target.Architecture);
            Assert.Equal("y", target.Config["CONFIG_SMP"]);
        }

        [Fact]
        public void MissingExplicitReleaseSaysWhatIsInstalled()
        {
            AddTree("6.1.0-10-amd64");
            Assert.False(KernelTarget.TryDetect("6.1.0-99-amd64", _modules, null, out var target, out var error));
            Assert.Null(target);
            Assert.Contains("linux-headers-6.1.0-99-amd64", error);
            Assert.Contains("installed: 6.1.0-10-amd64", error);
            Assert.Throws<InvalidOperationException>(() => KernelTarget.Detect("../../etc"));
        }

        [Fact]
        public void RunningKernelIsPreferredWhenItsTreeExists()
        {
            AddTree("6.1.0-10-amd64");
            AddTree("6.1.0-9-amd64");
            Assert.True(KernelTarget.TryDetect(null, _modules, "6.1.0-9-amd64", out var target, out _));
            Assert.Equal("6.1.0-9-amd64", target!.Release);
            Assert.Equal(KernelTargetSource.RunningKernel, target.Source);
        }

        [Fact]
        public void OtherwiseTheNewestVersionAndPlainestFlavour()
        {
            AddTree("6.1.0-9-amd64");
            AddTree("6.1.0-10-rt-amd64");
            AddTree("6.1.0-10-amd64");
            AddTree("6.1.0-10-cloud-amd64");
            Directory.CreateDirectory(Path.Combine(_modules, "6.2.0-1-amd64"));   // modules only, no build tree
            Assert.Equal(new[] { "6.1.0-9-amd64", "6.1.0-10-cloud-amd64", "6.1.0-10-rt-amd64", "6.1.0-10-amd64" }, KernelTarget.InstalledReleases(_modules));
            Assert.True(KernelTarget.TryDetect(null, _modules, "6.18.0-host", out var target, out _));
            Assert.Equal("6.1.0-10-amd64", target!.Release);
            Assert.Equal(KernelTargetSource.NewestInstalled, target.Source);
            Assert.Contains("the newest installed build tree", target.ToString());
        }

        [Fact]
        public void NoTreeAtAllIsAClearError()
        {
            Assert.False(KernelTarget.TryDetect(null, _modules, "6.18.0-host", out _, out var error));
            Assert.Contains(Path.Combine(_modules, "6.18.0-host", "build"), error);
            Assert.Contains("linux-headers", error);
        }

        [Fact]
        public void BuildTreeAnywhereTakesItsReleaseFromUtsRelease()
        {
            string tree = AddTree("6.1.0-10-cloud-amd64", config: "CONFIG_ARM64=y\n");
            string elsewhere = Path.Combine(_modules, "unpacked");
            Directory.Move(Path.GetDirectoryName(tree)!, elsewhere);
            KernelTarget target = KernelTarget.FromBuildTree(Path.Combine(elsewhere, "build"));
            Assert.Equal("6.1.0-10-cloud-amd64", target.Release);
            Assert.Equal("arm64", target.Architecture);
            Assert.Equal(KernelTargetSource.BuildTree, target.Source);
            Assert.Throws<ArgumentException>(() => KernelTarget.FromBuildTree(_modules));
        }

        [Fact]
        public void ATreeWithoutConfigSaysSo()
        {
            AddTree("6.1.0-10-amd64", config: null);
            Assert.True(KernelTarget.TryDetect("6.1.0-10-amd64", _modules, null, out var bare, out _));
            Assert.Null(bare!.ConfigPath);
            Assert.Empty(bare.Config);
            Assert.Contains("none (CONFIG_ conditions read as unset)", bare.ToString());
        }

        [Fact]
        public void ParseOptionsCarryTheTarget()
        {
            AddTree("6.1.0-10-amd64", config: "CONFIG_X86_64=y\nCONFIG_SMP=y\nCONFIG_NR_CPUS=64\n");
            Assert.True(KernelTarget.TryDetect(null, _modules, null, out var target, out _));
            var options = StapParseOptions.Default.WithKernelTarget(target!);
            Assert.Equal("6.1.0-10-amd64", options.KernelRelease);
            Assert.Equal("x86_64", options.Architecture);
            Assert.Equal("yes", PreprocessorTestHelpers.Evaluate("CONFIG_SMP == \"y\" && CONFIG_NR_CPUS >= 2", options));
            Assert.Equal("yes", PreprocessorTestHelpers.Evaluate("kernel_vr == \"6.1.0-10-amd64\"", options));
        }
    }
}
