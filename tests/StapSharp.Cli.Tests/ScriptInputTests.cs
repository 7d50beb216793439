using System.IO;

namespace StapSharp.Cli.Tests
{
    /// <summary><c>-e SCRIPT</c> and <c>-</c> (stdin) wherever a file is accepted, named as stap names them.</summary>
    public class ScriptInputTests
    {
        [Fact]
        public void ParseTakesTheScriptFromDashE()
        {
            var (exit, stdout, stderr) = CliRunner.Run("parse", "-e", "probe begin { x = }");
            Assert.Equal("", stderr);
            Assert.Equal(1, exit);
            Assert.Equal(new[] { "<input>(1,19): error STP1004: expression expected, found '}'" }, CheckCommandTests.Lines(stdout));
        }

        [Fact]
        public void ParseReadsStandardInputForDash()
        {
            var (exit, stdout, _) = CliRunner.RunWithStdin("probe begin {\n", "parse", "-");
            Assert.Equal(1, exit);
            Assert.Equal(new[] { "<stdin>(2,1): error STP1003: '}' expected" }, CheckCommandTests.Lines(stdout));
        }

        [Fact]
        public void CheckTakesDashEAndStdinTogether()
        {
            var (exit, stdout, stderr) = CliRunner.RunWithStdin("probe begin { y = 1 / 0; println(y) }\n",
                "check", "--no-tapsets", "-e", "probe begin { x = 10 / 0; println(x) }", "-");
            Assert.Equal("", stderr);
            Assert.Equal(0, exit);
            Assert.Equal(new[]
            {
                "<input>(1,24): warning STP5013: Division by the constant zero always fails at run time",
                "<stdin>(1,23): warning STP5013: Division by the constant zero always fails at run time",
            }, CheckCommandTests.Lines(stdout));
        }

        [Fact]
        public void FormatReadsStandardInput()
        {
            var (exit, stdout, stderr) = CliRunner.RunWithStdin("probe  begin{exit()}", "fmt", "-");
            Assert.Equal("", stderr);
            Assert.Equal(0, exit);
            Assert.Equal("probe begin {\n    exit()\n}\n", stdout.Replace("\r\n", "\n"));
        }

        [Fact]
        public void FormatCheckNamesStdin()
        {
            var (exit, stdout, _) = CliRunner.RunWithStdin("probe  begin{exit()}", "fmt", "--check", "-");
            Assert.Equal(1, exit);
            Assert.Equal("<stdin>: not formatted", stdout.Trim());
        }

        [Fact]
        public void FormatWriteRefusesAScriptWithoutAFile()
        {
            var (exit, _, stderr) = CliRunner.Run("fmt", "--write", "-e", "probe begin { exit() }");
            Assert.Equal(2, exit);
            Assert.Contains("--write", stderr);
        }

        [Fact]
        public void BuildTakesTheScriptFromDashE()
        {
            using var temp = new TempScripts();
            string output = Path.Combine(temp.Root, "out");
            var (exit, stdout, stderr) = CliRunner.Run("build", "--no-make", "-o", output, "-e", "probe begin { exit() }");
            Assert.True(exit == 0, stderr);
            Assert.Equal(output, stdout.Trim());
            Assert.True(File.Exists(Path.Combine(output, "Kbuild")), stderr);
            Assert.Contains("stap_input", File.ReadAllText(Path.Combine(output, "Kbuild")));
        }

        [Fact]
        public void BuildReadsStandardInput()
        {
            using var temp = new TempScripts();
            string output = Path.Combine(temp.Root, "out");
            var (exit, _, stderr) = CliRunner.RunWithStdin("probe begin { x = }\n", "build", "--no-make", "-o", output, "-");
            Assert.Equal(1, exit);
            Assert.Contains("<stdin>(1,19): error STP1004: expression expected, found '}'", stderr);
            Assert.False(Directory.Exists(output));
        }

        [Fact]
        public void RunTakesDashEButNotTogetherWithAModule()
        {
            var (exit, _, stderr) = CliRunner.Run("run", "-e", "probe begin { exit() }", "mod.ko");
            Assert.Equal(2, exit);
            Assert.Contains("either -e SCRIPT or a MODULE", stderr);
        }

        [Fact]
        public void RunBuildsTheScriptFromStdinFirst()
        {
            // A script with an error stops at the build, before anything could be loaded.
            var (exit, _, stderr) = CliRunner.RunWithStdin("probe begin { x = }\n", "run", "-");
            Assert.Equal(1, exit);
            Assert.Contains("<stdin>(1,19): error STP1004", stderr);
        }

        [Fact]
        public void StdinTwiceIsAUsageError()
        {
            var (exit, _, stderr) = CliRunner.Run("parse", "-", "-");
            Assert.Equal(2, exit);
            Assert.Contains("only once", stderr);
        }

        [Fact]
        public void NoScriptIsAUsageError()
        {
            var (exit, _, stderr) = CliRunner.Run("check");
            Assert.Equal(2, exit);
            Assert.Equal("stapsharp: error: no script given: name a FILE, - for standard input, or -e SCRIPT", stderr.Trim());
        }
    }
}
