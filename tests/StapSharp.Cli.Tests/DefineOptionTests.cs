using System.IO;

namespace StapSharp.Cli.Tests
{
    /// <summary><c>build -D NAME[=VALUE]</c> feeds the module's C compilation; malformed definitions are usage errors.</summary>
    public class DefineOptionTests
    {
        [Fact]
        public void DefinesReachTheKbuildFile()
        {
            using var temp = new TempScripts();
            string output = Path.Combine(temp.Root, "out");
            var (exit, _, stderr) = CliRunner.Run("build", "--no-make", "-o", output, "-D", "MAXACTION=10000", "-DSTP_NO_OVERLOAD", "-e", "probe begin { exit() }");
            Assert.True(exit == 0, stderr);
            string kbuild = File.ReadAllText(Path.Combine(output, "Kbuild"));
            Assert.Contains("ccflags-y += -DMAXACTION=10000\n", kbuild);
            Assert.Contains("ccflags-y += -DSTP_NO_OVERLOAD\n", kbuild);
        }

        [Theory]
        [InlineData("1ABC=2", "'1ABC' is not a C identifier")]
        [InlineData("MAX-ACTION=2", "'MAX-ACTION' is not a C identifier")]
        [InlineData("=2", "'' is not a C identifier")]
        [InlineData("MAXACTION=", "the value after = is empty")]
        [InlineData("MAXACTION=1\n2", "the value holds a line break")]
        public void MalformedDefineIsAUsageError(string define, string message)
        {
            using var temp = new TempScripts();
            string output = Path.Combine(temp.Root, "out");
            var (exit, _, stderr) = CliRunner.Run("build", "--no-make", "-o", output, "-D", define, "-e", "probe begin { exit() }");
            Assert.Equal(2, exit);
            Assert.StartsWith("stapsharp: error: invalid -D", stderr);
            Assert.Contains(message, stderr);
            Assert.False(Directory.Exists(output));
        }

        [Fact]
        public void AValueKbuildCannotHoldIsRefusedByTheGenerator()
        {
            using var temp = new TempScripts();
            var (exit, _, stderr) = CliRunner.Run("build", "--no-make", "-o", Path.Combine(temp.Root, "out"), "-D", "NAME=\"a b\"", "-e", "probe begin { exit() }");
            Assert.Equal(1, exit);
            Assert.Contains("error STP3010", stderr);
        }
    }
}
