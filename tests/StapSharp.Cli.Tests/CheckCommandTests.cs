using System.IO;
using System.Linq;
using System.Text.Json;

namespace StapSharp.Cli.Tests
{
    public class CheckCommandTests
    {
        private const string Script = "global unused\nprobe begin {\n  x = 10 / 0\n  println(x)\n  exit()\n}\n";

        [Fact]
        public void TextOutputListsAnalyzerWarnings()
        {
            using var temp = new TempScripts();
            string path = temp.Write("zero.stp", Script);
            var (exit, stdout, stderr) = CliRunner.Run("check", path);
            Assert.Equal("", stderr);
            Assert.Equal(0, exit);
            Assert.Equal(new[]
            {
                $"{path}(1,8): warning STP2104: Eliding unused variable 'unused'",
                $"{path}(1,8): warning STP5004: Global variable 'unused' is never used",
                $"{path}(3,12): warning STP5013: Division by the constant zero always fails at run time",
            }, Lines(stdout));
        }

        [Fact]
        public void WarningsAsErrorsFails()
        {
            using var temp = new TempScripts();
            string path = temp.Write("zero.stp", Script);
            var (exit, stdout, _) = CliRunner.Run("check", "--warnaserror", path);
            Assert.Equal(1, exit);
            Assert.Contains($"{path}(3,12): error STP5013: Division by the constant zero always fails at run time", Lines(stdout));
        }

        [Fact]
        public void SeverityOptionAndSuppressionComment()
        {
            using var temp = new TempScripts();
            string path = temp.Write("zero.stp", "# stapsharp-disable-next-line STP5004, STP2104\n" + Script);
            var (exit, stdout, _) = CliRunner.Run("check", "--severity", "STP5013=none", path);
            Assert.Equal(0, exit);
            Assert.Empty(Lines(stdout));
        }

        [Fact]
        public void NoTapsetsLeavesTapsetFunctionsUnresolved()
        {
            using var temp = new TempScripts();
            string path = temp.Write("zero.stp", Script);
            var (exit, stdout, _) = CliRunner.Run("check", "--no-tapsets", path);
            Assert.Equal(1, exit);
            Assert.Contains($"{path}(5,3): error STP2001: unresolved function exit", Lines(stdout));
        }

        [Fact]
        public void SyntaxErrorsGiveExitCodeOne()
        {
            using var temp = new TempScripts();
            string path = temp.Write("bad.stp", "probe begin {\n  x = \n");
            var (exit, stdout, _) = CliRunner.Run("check", path);
            Assert.Equal(1, exit);
            Assert.Contains(Lines(stdout), line => line.StartsWith(path + "(", System.StringComparison.Ordinal) && line.Contains(": error STP1"));
        }

        [Fact]
        public void MissingFileAndBadOptionsGiveExitCodeTwo()
        {
            Assert.Equal(2, CliRunner.Run("check", "/nonexistent/dir/none.stp").ExitCode);
            using var temp = new TempScripts();
            string path = temp.Write("ok.stp", "probe begin { exit() }\n");
            Assert.Equal(2, CliRunner.Run("check", "--severity", "STP5001", path).ExitCode);
            Assert.Equal(2, CliRunner.Run("check", "--analyzer", "/nonexistent/analyzer.dll", path).ExitCode);
        }

        [Fact]
        public void CleanScriptHasNoOutput()
        {
            using var temp = new TempScripts();
            string path = temp.Write("ok.stp", "probe begin {\n  printf(\"%s %d\\n\", execname(), pid())\n  exit()\n}\n");
            var (exit, stdout, stderr) = CliRunner.Run("check", path);
            Assert.Equal("", stderr);
            Assert.Equal("", stdout);
            Assert.Equal(0, exit);
        }

        [Fact]
        public void JsonOutputHasOneBasedRanges()
        {
            using var temp = new TempScripts();
            string path = temp.Write("zero.stp", Script);
            var (exit, stdout, _) = CliRunner.Run("check", "--format", "json", path);
            Assert.Equal(0, exit);
            using var document = JsonDocument.Parse(stdout);
            var file = document.RootElement.GetProperty("files")[0];
            Assert.Equal(path, file.GetProperty("path").GetString());
            var division = file.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "STP5013");
            Assert.Equal("warning", division.GetProperty("severity").GetString());
            Assert.Equal(3, division.GetProperty("startLine").GetInt32());
            Assert.Equal(12, division.GetProperty("startColumn").GetInt32());
            Assert.Equal(3, division.GetProperty("endLine").GetInt32());
            Assert.Equal(13, division.GetProperty("endColumn").GetInt32());
        }

        [Fact]
        public void CustomAnalyzerFromAssembly()
        {
            using var temp = new TempScripts();
            string path = temp.Write("wild.stp", "probe kernel.function(\"*\") { next }\nprobe kernel.function(\"vfs_*\") { next }\n");
            string sample = Path.Combine(System.AppContext.BaseDirectory, "CustomAnalyzer.dll");
            var (exit, stdout, stderr) = CliRunner.Run("check", "--no-tapsets", "--analyzer", sample, path);
            Assert.Equal("", stderr);
            Assert.Equal(0, exit);
            Assert.Equal(new[] { $"{path}(1,7): warning ACME001: Probe point 'kernel.function(\"*\")' matches every kernel function; name the functions you need" }, Lines(stdout));
        }

        /// <summary>The diagnostic lines of text output, without the source excerpts under them (those start with spaces).</summary>
        internal static string[] Lines(string text) =>
            text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0 && line[0] != ' ').ToArray();
    }
}
