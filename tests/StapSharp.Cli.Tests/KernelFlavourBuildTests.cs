using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace StapSharp.Cli.Tests
{
    /// <summary>
    /// Issue #10, acceptance 3: <c>stapsharp build samples/hello.stp -r RELEASE -o DIR</c> builds a .ko for each
    /// installed Debian kernel flavour (amd64, cloud, rt), and the module is built for that release (its vermagic),
    /// whatever kernel this machine runs. The release is read from the flavour's headers meta package by
    /// eng/vm/lib.sh (never spelled here). Never loads anything.
    /// </summary>
    public sealed class KernelFlavourBuildTests
    {
        [FlavourBuildFact("amd64")]
        public void Hello_builds_for_the_amd64_release() => AssertHelloBuilds("amd64");

        [FlavourBuildFact("cloud")]
        public void Hello_builds_for_the_cloud_release() => AssertHelloBuilds("cloud");

        [FlavourBuildFact("rt")]
        public void Hello_builds_for_the_rt_release() => AssertHelloBuilds("rt");

        private static void AssertHelloBuilds(string flavour)
        {
            string release = InstalledKernelFlavours.Release(flavour)
                ?? throw new InvalidOperationException(InstalledKernelFlavours.UnavailableReason(flavour));
            string output = Path.Combine(Path.GetTempPath(), "stapsharp-flavour-" + flavour + "-" + Guid.NewGuid().ToString("N"));
            try
            {
                var (exit, stdout, stderr) = CliRunner.Run("build", Path.Combine(InstalledKernelFlavours.RepositoryRoot, "samples", "hello.stp"),
                    "-r", release, "-o", output);
                Assert.True(exit == 0, $"exit {exit}\n{stderr}");
                string ko = stdout.Trim();
                Assert.EndsWith(".ko", ko, StringComparison.Ordinal);
                Assert.True(File.Exists(ko), $"stdout names {ko}, which does not exist\n{stderr}");
                Assert.StartsWith(Path.GetFullPath(output), ko, StringComparison.Ordinal);
                // The kernel refuses a module whose vermagic's release differs from its own: this one is for RELEASE.
                string vermagic = ModinfoValue(ko, "vermagic");
                Assert.Equal(release, vermagic.Split(' ')[0]);
            }
            finally
            {
                if (Directory.Exists(output))
                    Directory.Delete(output, recursive: true);
            }
        }

        /// <summary>A "key=value" string of the module's .modinfo section (NUL-separated strings).</summary>
        private static string ModinfoValue(string ko, string key)
        {
            string text = Encoding.Latin1.GetString(File.ReadAllBytes(ko));
            int at = text.IndexOf("\0" + key + "=", StringComparison.Ordinal);
            Assert.True(at >= 0, $"{ko} has no {key}= in its modinfo");
            int start = at + key.Length + 2;
            return text[start..text.IndexOf('\0', start)];
        }
    }

    /// <summary>A fact skipped, with the reason, when the flavour's kernel headers or the SystemTap runtime are not
    /// installed; never skipped under STAPSHARP_VM_REQUIRED=1 (CI), where the missing flavour fails the test.</summary>
    public sealed class FlavourBuildFactAttribute : FactAttribute
    {
        public FlavourBuildFactAttribute(string flavour)
        {
            if (Environment.GetEnvironmentVariable("STAPSHARP_VM_REQUIRED") != "1")
                Skip = InstalledKernelFlavours.UnavailableReason(flavour);
        }
    }

    /// <summary>The installed Debian kernel flavours, through eng/vm/lib.sh's <c>vm_kver FLAVOUR</c>.</summary>
    internal static class InstalledKernelFlavours
    {
        public static string RepositoryRoot { get; } = FindRoot();

        public static string MetaPackage(string flavour) => flavour == "amd64" ? "linux-headers-amd64" : "linux-headers-" + flavour + "-amd64";

        /// <summary>The flavour's kernel release, or null when its headers meta package is not installed.</summary>
        public static string? Release(string flavour)
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("source \"$1\" && vm_kver \"$2\"");
            start.ArgumentList.Add("bash");
            start.ArgumentList.Add(Path.Combine(RepositoryRoot, "eng", "vm", "lib.sh"));
            start.ArgumentList.Add(flavour);
            using Process p = Process.Start(start)!;
            string release = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return p.ExitCode == 0 && release.Length > 0 ? release : null;
        }

        /// <summary>Why a module cannot be built for the flavour here, or null.</summary>
        public static string? UnavailableReason(string flavour)
        {
            string? release = Release(flavour);
            if (release is null)
                return MetaPackage(flavour) + " is not installed (eng/install-deps.sh installs it).";
            if (!File.Exists(Path.Combine("/lib/modules", release, "build", "Makefile")))
                return "/lib/modules/" + release + "/build is missing (apt-get install linux-headers-" + release + ").";
            if (!File.Exists("/usr/share/systemtap/runtime/runtime.h"))
                return "The SystemTap runtime is missing (apt-get install systemtap-runtime).";
            if (!File.Exists("/usr/bin/make"))
                return "make is not installed.";
            return null;
        }

        private static string FindRoot([CallerFilePath] string thisFile = "")
        {
            for (var dir = new DirectoryInfo(Path.GetDirectoryName(thisFile)!); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "eng", "vm", "lib.sh")))
                    return dir.FullName;
            }

            throw new InvalidOperationException("Cannot find the repository root above " + thisFile);
        }
    }
}
