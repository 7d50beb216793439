using System.IO;

namespace StapSharp.Cli.Tests
{
    /// <summary>
    /// Guru mode and library privilege come only from the command line (<c>-g</c>, <c>-I</c>, the installed tapset
    /// directory), as in stap. Each test is one way a script used to grant itself privilege: the script must now be
    /// refused by <c>check</c> and <c>build</c> without <c>-g</c>, and accepted with it.
    /// </summary>
    public class PrivilegeTests
    {
        private const string EmbeddedC = "%{ #include <linux/delay.h> %}\nprobe begin { exit() }\n";
        private const string Refused = "error STP1025: %{ %} is only allowed in guru mode (-g) or in tapset files";

        [Fact]
        public void ShebangWithGuruDoesNotGrantGuruMode()
        {
            using var temp = new TempScripts();
            string path = temp.Write("shebang.stp", "#!/usr/bin/stap -g\n" + EmbeddedC);
            AssertRefusedThenAcceptedWithGuru(path, $"{path}(2,1): {Refused}");
        }

        [Fact]
        public void ExecStapLineInACommentDoesNotGrantGuruMode()
        {
            using var temp = new TempScripts();
            string path = temp.Write("exec.stp", "// exec stap -g $0 \"$@\"\n" + EmbeddedC);
            AssertRefusedThenAcceptedWithGuru(path, $"{path}(2,1): {Refused}");
        }

        [Fact]
        public void SiblingMetaFileDoesNotGrantGuruMode()
        {
            using var temp = new TempScripts();
            temp.Write("meta.meta", "title: x\ntest_check: stap -g -p4 meta.stp\ntest_installcheck: stap -g meta.stp\n");
            string path = temp.Write("meta.stp", EmbeddedC);
            AssertRefusedThenAcceptedWithGuru(path, $"{path}(1,1): {Refused}");
        }

        [Fact]
        public void PathContainingTapsetDoesNotMakeALibraryFile()
        {
            using var temp = new TempScripts();
            Directory.CreateDirectory(Path.Combine(temp.Root, "tapset"));
            string path = temp.Write("tapset/evil.stp", EmbeddedC);
            AssertRefusedThenAcceptedWithGuru(path, $"{path}(1,1): {Refused}");
        }

        [Fact]
        public void StpmFileGivenOnTheCommandLineIsAScript()
        {
            using var temp = new TempScripts();
            string path = temp.Write("macros.stpm", EmbeddedC);
            AssertRefusedThenAcceptedWithGuru(path, $"{path}(1,1): {Refused}");
        }

        [Fact]
        public void ExplicitIncludeDirectoryIsStillALibrary()
        {
            // The user's own -I is a command-line decision: files below it are tapset files, as in stap.
            using var temp = new TempScripts();
            string path = temp.Write("lib.stp", "%{ #include <linux/delay.h> %}\nfunction lib_f:long() %{ STAP_RETURN(1); %}\n");
            var (exit, stdout, _) = CliRunner.Run("check", "-I", temp.Root, path);
            Assert.Equal(0, exit);
            Assert.DoesNotContain("STP1025", stdout);
        }

        [Fact]
        public void GuruTapsetFunctionRefusedByCheckAndBuildWithoutGuru()
        {
            using var temp = new TempScripts();
            string path = temp.Write("kwrite.stp", "probe begin {\n  set_kernel_long(0, 0)\n  exit()\n}\n");
            string expected = $"{path}(2,3): error STP2040: function may not be used unless -g is specified: 'set_kernel_long'";

            var check = CliRunner.Run("check", path);
            Assert.Equal(1, check.ExitCode);
            Assert.Contains(expected, CheckCommandTests.Lines(check.Stdout));
            Assert.Equal(0, CliRunner.Run("check", "-g", path).ExitCode);

            string output = Path.Combine(temp.Root, "out");
            var build = CliRunner.Run("build", "--no-make", "-o", output, path);
            Assert.Equal(1, build.ExitCode);
            Assert.Contains(expected, CheckCommandTests.Lines(build.Stderr));
            Assert.False(Directory.Exists(output));
            Assert.Equal(0, CliRunner.Run("build", "-g", "--no-make", "-o", output, path).ExitCode);
        }

        [Fact]
        public void TapsetMacroExpandingToEmbeddedCodeRefusedWithoutGuru()
        {
            // @__compat_task (tapset macros.stpm) expands to %{ _stp_is_compat_task() %}; stap: "need stap -g".
            using var temp = new TempScripts();
            string path = temp.Write("compat.stp", "probe begin {\n  println(@__compat_task)\n  exit()\n}\n");
            var (exit, stdout, _) = CliRunner.Run("check", path);
            Assert.Equal(1, exit);
            Assert.Contains($"{path}(2,11): error STP2041: embedded code in unprivileged script; need stap -g (the expansion of macro @__compat_task contains %{{ %}})", CheckCommandTests.Lines(stdout));
            Assert.Equal(0, CliRunner.Run("check", "-g", path).ExitCode);
        }

        private static void AssertRefusedThenAcceptedWithGuru(string path, string expectedError)
        {
            var (exit, stdout, _) = CliRunner.Run("check", path);
            Assert.Equal(1, exit);
            Assert.Contains(expectedError, CheckCommandTests.Lines(stdout));

            string output = Path.Combine(Path.GetDirectoryName(path)!, "out-" + Path.GetFileNameWithoutExtension(path));
            var build = CliRunner.Run("build", "--no-make", "-o", output, path);
            Assert.Equal(1, build.ExitCode);
            Assert.Contains(expectedError, CheckCommandTests.Lines(build.Stderr));

            var guru = CliRunner.Run("check", "-g", path);
            Assert.Equal(0, guru.ExitCode);
            Assert.DoesNotContain("STP1025", guru.Stdout);
        }
    }
}
