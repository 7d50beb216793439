using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;

namespace StapSharp.Cli.Tests
{
    /// <summary>
    /// <c>stapsharp run FILE.stp</c> builds as root: its build folder must be one nobody else can create first or
    /// change. These tests never load anything: <c>--protocol 3</c> is refused after the build and before any load
    /// (and without a kernel build tree the run stops after writing the sources).
    /// </summary>
    [SupportedOSPlatform("linux")]
    public sealed class RunBuildFolderTests : IDisposable
    {
        private const string Script = "probe begin { println(\"hi\") exit() }\n";
        private readonly TempScripts _scripts = new();

        public void Dispose() => _scripts.Dispose();

        [RunAsRootFact]
        public void ThePredictableFolderPlantedByAnotherUserIsNotUsedAndItsLinksAreNotFollowed()
        {
            // The folder name the run used to take: /tmp/stapsharp-run-<pid> (the CLI runs in this process).
            string predictable = Path.Combine(Path.GetTempPath(), "stapsharp-run-" + Environment.ProcessId);
            if (Directory.Exists(predictable))
                Directory.Delete(predictable, recursive: true);
            string victimFolder = Path.Combine(_scripts.Root, "victim");
            Directory.CreateDirectory(victimFolder);
            File.SetUnixFileMode(victimFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            string victim = Path.Combine(victimFolder, "victim.txt");
            File.WriteAllText(victim, "root's data\n");
            string[] names = { "Kbuild", "stap_x_src.c", "stap_x_aux_0.c", "stap_common.h", "stap_symbols.c", "stapconf_export.h", "stap_x.ko" };
            AsNobody("mkdir " + predictable + " && " + string.Join(" && ", names.Select(n => "ln -s " + victim + " " + predictable + "/" + n)));
            string script = _scripts.Write("x.stp", Script);
            var before = RunFolders();
            try
            {
                var (exit, _, stderr) = CliRunner.Run("run", script, "--protocol", "3");

                Assert.NotEqual(0, exit);
                Assert.Equal("root's data\n", File.ReadAllText(victim));
                Assert.DoesNotContain(predictable, stderr);
                Assert.Empty(RunFolders().Except(before));
            }
            finally
            {
                Directory.Delete(predictable, recursive: true);
            }
        }

        [RunAsRootFact]
        public void KeepLeavesAPrivateFolderAndWithoutItNothingIsLeft()
        {
            string script = _scripts.Write("x.stp", Script);
            var before = RunFolders();

            CliRunner.Run("run", script, "--protocol", "3");
            Assert.Empty(RunFolders().Except(before));

            var (_, _, stderr) = CliRunner.Run("run", script, "--protocol", "3", "-k");
            Match kept = Regex.Match(stderr, "kept the build folder (\\S+)");
            Assert.True(kept.Success, stderr);
            string folder = kept.Groups[1].Value;
            try
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
                Assert.StartsWith("stapsharp-run-", Path.GetFileName(folder));
                Assert.NotEqual("stapsharp-run-" + Environment.ProcessId, Path.GetFileName(folder));
                Assert.Contains("probe", File.ReadAllText(Path.Combine(folder, "stap_x_src.c")));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [RunAsRootFact]
        public void RunTakesGuruModeLikeBuild()
        {
            string script = _scripts.Write("g.stp", "function f() %{ /* nothing */ %}\nprobe begin { f() exit() }\n");

            var (without, _, stderrWithout) = CliRunner.Run("run", script, "--protocol", "3");
            var (_, _, stderrWith) = CliRunner.Run("run", script, "-g", "--protocol", "3");

            Assert.Equal(1, without);
            Assert.Contains("STP1025", stderrWithout);
            Assert.DoesNotContain("STP1025", stderrWith);
            Assert.DoesNotContain("Unrecognized", stderrWith);
        }

        private static string[] RunFolders() => Directory.GetDirectories(Path.GetTempPath(), "stapsharp-run-*");

        private static void AsNobody(string script)
        {
            var start = new ProcessStartInfo("/usr/bin/setpriv") { RedirectStandardError = true, UseShellExecute = false };
            foreach (string argument in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "--", "/bin/sh", "-c", script })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "as nobody: " + error);
        }
    }

    /// <summary>A fact that needs root and setpriv (to play another local user); skipped with the reason otherwise.</summary>
    public sealed class RunAsRootFactAttribute : FactAttribute
    {
        public RunAsRootFactAttribute()
        {
            if (!OperatingSystem.IsLinux())
                Skip = "needs Linux";
            else if (Environment.UserName != "root")
                Skip = "needs root (the run command builds and loads as root); run the tests as root";
            else if (!File.Exists("/usr/bin/setpriv"))
                Skip = "setpriv missing (apt-get install util-linux)";
        }
    }
}
