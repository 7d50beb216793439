using System;
using System.IO;

namespace StapSharp.Cli.Tests
{
    /// <summary>Unknown options, directories and missing files are usage errors (exit 2) that say what is wrong.</summary>
    public class CommandLineErrorTests
    {
        [Theory]
        [InlineData("build", "-x")]
        [InlineData("check", "--colour")]
        [InlineData("parse", "-q")]
        [InlineData("fmt", "--in-place")]
        [InlineData("run", "-z")]
        public void UnknownOptionIsAUsageError(string command, string option)
        {
            var (exit, _, stderr) = CliRunner.Run(command, option, "a.stp");
            Assert.Equal(2, exit);
            Assert.StartsWith($"stapsharp: error: unknown option '{option}'", stderr);
            Assert.DoesNotContain("cannot read", stderr);
        }

        [Fact]
        public void AFileNamedLikeAnOptionGoesAfterDoubleDash()
        {
            using var temp = new TempScripts();
            temp.Write("-x.stp", "probe begin { exit() }\n");
            string previous = Environment.CurrentDirectory;
            Environment.CurrentDirectory = temp.Root;
            try
            {
                Assert.Equal(2, CliRunner.Run("parse", "-x.stp").ExitCode);
                var (exit, stdout, stderr) = CliRunner.Run("parse", "--", "-x.stp");
                Assert.Equal("", stderr);
                Assert.Equal("", stdout);
                Assert.Equal(0, exit);
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
        }

        [Theory]
        [InlineData("check")]
        [InlineData("parse")]
        [InlineData("fmt")]
        [InlineData("build")]
        public void ADirectoryIsNamedAsSuch(string command)
        {
            using var temp = new TempScripts();
            var (exit, stdout, stderr) = CliRunner.Run(command, temp.Root);
            Assert.Equal(2, exit);
            Assert.Equal("", stdout);
            Assert.Equal($"stapsharp: error: {temp.Root} is a directory", stderr.Trim());
        }

        [Theory]
        [InlineData("check")]
        [InlineData("parse")]
        [InlineData("build")]
        public void AMissingFileIsNamedAsSuch(string command)
        {
            using var temp = new TempScripts();
            string missing = Path.Combine(temp.Root, "nope.stp");
            var (exit, _, stderr) = CliRunner.Run(command, missing);
            Assert.Equal(2, exit);
            Assert.Equal($"stapsharp: error: cannot read {missing}: no such file", stderr.Trim());
        }

        [Fact]
        public void VersionPrintsTheVersion()
        {
            var (exit, stdout, _) = CliRunner.Run("--version");
            Assert.Equal(0, exit);
            string expected = System.Reflection.Assembly.Load("stapsharp").GetName().Version!.ToString(3);
            Assert.StartsWith(expected, stdout.Trim());
        }
    }
}
