using System;
using System.IO;
using StapSharp.Syntax;

namespace StapSharp.Syntax.Tests.Preprocessor
{
    public class ParseOptionsTests
    {
        [Fact]
        public void DefaultsArePureAndDescribeDebian12()
        {
            var options = StapParseOptions.Default;
            Assert.Equal("6.1.0", options.KernelRelease);
            Assert.Empty(options.KernelConfig);
            Assert.Equal("6.1.0", options.KernelVersion);
            Assert.Equal("x86_64", options.Architecture);
            Assert.Equal("kernel", options.Runtime);
            Assert.Equal("stapdev", options.Privilege);
            Assert.False(options.GuruMode);
            Assert.Equal(new Version(4, 8), options.LanguageVersion);
            Assert.Null(options.Arguments);
            Assert.Null(options.LibraryMacros);
            Assert.Equal(StapSourceKind.Script, options.Kind);
            Assert.False(options.IsPrivileged);
            Assert.True(options.WithKind(StapSourceKind.Library).IsPrivileged);
            Assert.True(options.WithGuruMode(true).IsPrivileged);
        }

        [Fact]
        public void WithMethodsReturnChangedCopies()
        {
            var options = StapParseOptions.Default;
            var changed = options.WithKernelRelease("5.10.0-28-amd64").WithArchitecture("arm64").WithRuntime("bpf")
                .WithPrivilege("stapusr").WithLanguageVersion(new Version(3, 0)).WithArguments(new[] { "a" });
            Assert.Equal(StapParseOptions.DefaultKernelRelease, options.KernelRelease);
            Assert.Equal("5.10.0", changed.KernelVersion);
            Assert.Equal("arm64", changed.Architecture);
            Assert.Equal("bpf", changed.Runtime);
            Assert.Equal("stapusr", changed.Privilege);
            Assert.Equal(new Version(3, 0), changed.LanguageVersion);
            Assert.Equal(new[] { "a" }, changed.Arguments);
            Assert.Null(changed.WithArguments(null).Arguments);
            Assert.NotEqual(options, changed);
            Assert.Equal(options.WithArchitecture("arm64"), StapParseOptions.Default.WithArchitecture("arm64"));
            Assert.Equal(options.WithArguments(new[] { "x" }).GetHashCode(), options.WithArguments(new[] { "x" }).GetHashCode());
            Assert.Throws<ArgumentNullException>(() => options.WithKernelRelease(null!));
        }

        [Fact]
        public void KernelConfigurationIsParsedLikeStap()
        {
            var config = KernelConfiguration.Parse("#\n# comment\nCONFIG_SMP=y\r\nCONFIG_HOSTNAME=\"(none)\"\n# CONFIG_DEBUG is not set\nCONFIG_NR_CPUS=64\nNOT_CONFIG=1\nCONFIG_BROKEN\n");
            Assert.Equal(3, config.Count);
            Assert.Equal("y", config["CONFIG_SMP"]);
            Assert.Equal("\"(none)\"", config["CONFIG_HOSTNAME"]);
            Assert.Equal("64", config["CONFIG_NR_CPUS"]);
            Assert.False(config.ContainsKey("CONFIG_DEBUG"));
        }

        [Fact]
        public void MissingConfigurationIsEmpty()
        {
            Assert.Empty(KernelConfiguration.Load("/nonexistent/.config"));
            Assert.Empty(KernelConfiguration.ForInstalledKernel("0.0.0-none"));
            Assert.Empty(KernelConfiguration.ForInstalledKernel("../../etc"));
            Assert.Empty(StapParseOptions.Default.WithKernelRelease("0.0.0-none").KernelConfig);
        }

        [Fact]
        public void DefaultsNeverReadTheMachine()
        {
            // Even where /lib/modules holds a kernel, the defaults evaluate CONFIG_ conditions as unset.
            Assert.Empty(StapParseOptions.Default.KernelConfig);
            Assert.Equal("no", PreprocessorTestHelpers.Evaluate("CONFIG_SMP == \"y\"", StapParseOptions.Default));
        }
    }
}
