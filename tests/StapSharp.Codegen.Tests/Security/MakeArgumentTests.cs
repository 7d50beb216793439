using System;
using System.IO;
using System.Threading.Tasks;

namespace StapSharp.Codegen.Tests
{
    /// <summary>
    /// The build folder goes to make as <c>M=</c>: a folder name make or the shell would interpret is refused before
    /// make starts (the fake tree's Makefile expands <c>$(M)</c> as kbuild does, so an accepted name would run).
    /// </summary>
    public sealed class MakeArgumentTests : IDisposable
    {
        // A bare name: make and its shell run in the build tree (make -C), so a command that ran leaves it there.
        private readonly string _marker = "stapsharp-marker-" + Guid.NewGuid().ToString("N");
        private readonly FakeKernelTree _tree = new();

        public void Dispose() => _tree.Dispose();

        [Theory]
        [InlineData("/tmp/o$(shell touch MARKER):x")]
        [InlineData("/tmp/o$$(touch MARKER)")]
        [InlineData("/tmp/o`touch MARKER`")]
        [InlineData("/tmp/o;touch MARKER")]
        [InlineData("/tmp/o x")]
        [InlineData("/tmp/o#x")]
        [InlineData("/tmp/o=x")]
        [InlineData("/tmp/o'x")]
        [InlineData("/tmp/o\"x")]
        [InlineData("/tmp/o\nx")]
        [InlineData("/tmp/o%x")]
        [InlineData("/tmp/o,x")]
        [InlineData("/tmp/o\\x")]
        public async Task AFolderNameMakeOrTheShellWouldInterpretIsRefused(string template)
        {
            string directory = template.Replace("MARKER", _marker);
            try
            {
                ModuleBuildResult result = await _tree.Builder().BuildAsync(
                    ModuleGenerator.Generate(SampleModules.Hello(), SampleModules.OptionsFor("hello")), directory);

                Assert.False(result.Success);
                Assert.Equal("STP3014", Assert.Single(result.Diagnostics).Id);
                Assert.Equal(-1, result.ExitCode);
                Assert.False(File.Exists(Path.Combine(_tree.Root, _marker)), "make ran a command hidden in the folder name");
                Assert.False(Directory.Exists(directory));
            }
            finally
            {
                if (Directory.Exists(directory))
                    Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public async Task AnOrdinaryFolderNameBuilds()
        {
            string directory = Path.Combine(Path.GetTempPath(), "stapsharp-make-ok_" + Guid.NewGuid().ToString("N") + "+1.0-x");
            try
            {
                ModuleBuildResult result = await _tree.Builder().BuildAsync(
                    ModuleGenerator.Generate(SampleModules.Hello(), SampleModules.OptionsFor("hello")), directory);

                Assert.True(result.Success, string.Join("\n", result.Diagnostics) + "\n" + result.Output);
                Assert.Contains("building in " + directory, result.Output);
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
