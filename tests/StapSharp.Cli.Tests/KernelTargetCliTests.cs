using System.IO;
using StapSharp.Testing;

namespace StapSharp.Cli.Tests
{
    /// <summary>
    /// The command line picks the kernel as the library does and says so: -v names the target, a release with no build
    /// tree makes build fail with exit 1 and an empty stdout (no path of a module that was not built).
    /// </summary>
    public sealed class KernelTargetCliTests
    {
        [Fact]
        public void BuildForAReleaseThatIsNotInstalledExitsOneAndPrintsNoPath()
        {
            using var scripts = new TempScripts();
            string script = scripts.Write("hello.stp", "probe oneshot { println(\"hi\") }\n");
            var (exit, stdout, stderr) = CliRunner.Run("build", script, "-r", "0.0.0-none", "-o", Path.Combine(scripts.Root, "out"));
            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, stdout);
            Assert.Contains("no kernel build tree for release 0.0.0-none", stderr);
            Assert.Contains("linux-headers-0.0.0-none", stderr);
        }

        [Fact]
        public void NoMakeNeedsNoBuildTree()
        {
            using var scripts = new TempScripts();
            string script = scripts.Write("hello.stp", "probe oneshot { println(\"hi\") }\n");
            string output = Path.Combine(scripts.Root, "out");
            var (exit, stdout, _) = CliRunner.Run("build", script, "-r", "0.0.0-none", "--no-make", "-o", output);
            Assert.Equal(0, exit);
            Assert.Equal(output, stdout.Trim());
            Assert.True(File.Exists(Path.Combine(output, "stap_hello_src.c")));
        }

        [RequiresFact(Needs.KernelBuildTree)]
        public void VerboseNamesTheTargetKernel()
        {
            var kernel = Prerequisites.RequireKernel();
            using var scripts = new TempScripts();
            string script = scripts.Write("hello.stp", "probe oneshot { println(\"hi\") }\n");
            var (exit, _, stderr) = CliRunner.Run("check", script, "-v");
            Assert.Equal(0, exit);
            Assert.Contains("stapsharp: target kernel " + kernel.Release + " (" + kernel.Architecture + ")", stderr);
            Assert.Contains("build tree " + kernel.BuildTree, stderr);
        }

        [RequiresFact(Needs.KernelBuildTree)]
        public void KernelCommandPrintsTheDetectedRelease()
        {
            var kernel = Prerequisites.RequireKernel();
            var (exit, stdout, _) = CliRunner.Run("kernel", "--release");
            Assert.Equal(0, exit);
            Assert.Equal(kernel.Release, stdout.Trim());
            var (listExit, list, _) = CliRunner.Run("kernel", "--list");
            Assert.Equal(0, listExit);
            Assert.Contains("* " + kernel.Release, list);
        }

        [RequiresFact(Needs.KernelBuildTree)]
        public void ConfigConditionalsFollowTheTarget()
        {
            // %( CONFIG_SMP == "y" %) took the "no smp" branch by default before the target was detected.
            var kernel = Prerequisites.RequireKernel();
            string expected = kernel.Config.TryGetValue("CONFIG_SMP", out string? smp) && smp == "y" ? "smp" : "up";
            using var scripts = new TempScripts();
            string script = scripts.Write("smp.stp", "probe oneshot { %( CONFIG_SMP == \"y\" %? println(\"smp\") %: println(\"up\") %) }\n");
            var (exit, stdout, _) = CliRunner.Run("fmt", script);
            Assert.Equal(0, exit);
            Assert.Contains("%( CONFIG_SMP", stdout);   // fmt keeps both branches; parse --dump shows the active one
            var (dumpExit, dump, _) = CliRunner.Run("parse", "--dump", script);
            Assert.Equal(0, dumpExit);
            string other = expected == "smp" ? "up" : "smp";
            Assert.Contains("StringLiteralToken \"\\\"" + expected + "\\\"\"", dump);
            Assert.DoesNotContain("StringLiteralToken \"\\\"" + other + "\\\"\"", dump);
        }
    }
}
