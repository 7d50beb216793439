using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.Versioning;

namespace StapSharp.Cli.Tests
{
    /// <summary>
    /// Refusals of <c>run</c> and <c>unload</c> that come before anything reaches the kernel. None of these tests
    /// can load a module: each stops at a check that precedes the load (or names a file that does not exist).
    /// </summary>
    [SupportedOSPlatform("linux")]
    public sealed class RunRefusalTests : IDisposable
    {
        private readonly TempScripts _files = new();

        public void Dispose() => _files.Dispose();

        [RunAsRootFact]
        public void RunRefusesToRunSetuid()
        {
            // setpriv --ruid changes only the real uid: exactly the state of a setuid-root stapsharp run by nobody.
            // The module path does not exist, so code without the check stops at "not found" and loads nothing.
            var (exit, stderr) = RunAsSetuid("run", Path.Combine(_files.Root, "missing.ko"), "--allow-system");

            Assert.Equal(2, exit);
            Assert.Contains("refuses to run setuid (uid 65534, effective uid 0)", stderr);
        }

        [RunAsRootFact]
        public void UnloadRefusesToRunSetuid()
        {
            var (exit, stderr) = RunAsSetuid("unload", "stap_missing");

            Assert.Equal(2, exit);
            Assert.Contains("refuses to run setuid", stderr);
        }

        [Theory]
        [InlineData("_stp_bufsize=100000")]
        [InlineData("dyndbg=+p")]
        public void RunRefusesRuntimeParametersUnderD(string assignment)
        {
            // Refused while the options are built, before the module file is opened.
            string module = _files.Write("x.ko", "not a module");
            var (exit, _, stderr) = CliRunner.Run("run", module, "-D", assignment);

            Assert.Equal(2, exit);
            Assert.Contains("not a script global", stderr);
        }

        [Theory]
        [InlineData("ext4;id")]
        [InlineData("../x")]
        [InlineData("")]
        public void UnloadRefusesWhatIsNotAModuleName(string name)
        {
            var (exit, _, stderr) = CliRunner.Run("unload", name);

            Assert.Equal(2, exit);
            Assert.Contains("is not a module name", stderr);
        }

        [Fact]
        public void UnloadRefusesAModuleThatIsNotASystemTapModule()
        {
            // Any module the kernel lists (loaded or built in) without /proc/systemtap/NAME: a driver must never be
            // unloaded by this command.
            string? driver = Directory.Exists("/sys/module")
                ? Array.Find(Directory.GetDirectories("/sys/module"), d => !Directory.Exists(Path.Combine("/proc/systemtap", Path.GetFileName(d))))
                : null;
            Assert.True(driver is not null, "no loaded module found under /sys/module");
            string name = Path.GetFileName(driver!);

            var (exit, _, stderr) = CliRunner.Run("unload", name);

            Assert.Equal(2, exit);
            Assert.Contains("is not a SystemTap module", stderr);
            Assert.True(Directory.Exists(driver), name + " must still be loaded");
        }

        [Fact]
        public void UnloadOfAModuleThatIsNotLoadedSaysSo()
        {
            var (exit, _, stderr) = CliRunner.Run("unload", "stap_never_loaded_" + Environment.ProcessId);

            Assert.Equal(2, exit);
            Assert.Contains("is loaded", stderr);
        }

        private static (int ExitCode, string Stderr) RunAsSetuid(params string[] arguments)
        {
            string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
            string cli = Path.Combine(AppContext.BaseDirectory, "stapsharp.dll");
            var start = new ProcessStartInfo("/usr/bin/setpriv") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (string argument in new[] { "--ruid=65534", "--", dotnet, cli })
                start.ArgumentList.Add(argument);
            foreach (string argument in arguments)
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stderr);
        }
    }
}
