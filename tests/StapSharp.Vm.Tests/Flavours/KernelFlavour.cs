using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using StapSharp.Vm.Testing;

namespace StapSharp.Vm.Tests.Flavours;

/// <summary>
/// A Debian kernel flavour (amd64, cloud, rt) as installed on this machine: its release is what eng/vm/lib.sh's
/// <c>vm_kver FLAVOUR</c> reads from the flavour's headers meta package (never spelled), its build tree is
/// /lib/modules/RELEASE/build.
/// </summary>
public sealed class KernelFlavour
{
    private static readonly ConcurrentDictionary<string, KernelFlavour> s_flavours = new(StringComparer.Ordinal);

    private KernelFlavour(string name, string? release, string? unavailableReason)
    {
        Name = name;
        Release = release;
        UnavailableReason = unavailableReason;
    }

    public string Name { get; }

    /// <summary>The kernel release, e.g. the ABI of linux-headers-cloud-amd64's dependency; null when not installed.</summary>
    public string? Release { get; }

    public string BuildTree => "/lib/modules/" + Release + "/build";

    /// <summary>The headers meta package whose dependency names the release.</summary>
    public string MetaPackage => MetaPackageOf(Name);

    /// <summary>Why modules cannot be built for this flavour here (headers or runtime missing), or null.</summary>
    public string? UnavailableReason { get; }

    /// <summary><see cref="UnavailableReason"/>, unless STAPSHARP_VM_REQUIRED=1 (CI), where a missing flavour fails.</summary>
    public string? SkipReason => VmEnvironment.IsRequired ? null : UnavailableReason;

    public static KernelFlavour Get(string name) => s_flavours.GetOrAdd(name, Detect);

    private static KernelFlavour Detect(string name)
    {
        string? release = null;
        try
        {
            string lib = Path.Combine(VmEnvironment.ScriptsDirectory, "lib.sh");
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("source \"$1\" && vm_kver \"$2\"");
            start.ArgumentList.Add("bash");
            start.ArgumentList.Add(lib);
            start.ArgumentList.Add(name);
            using Process p = Process.Start(start)!;
            string output = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            release = p.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (Exception e) when (e is VmHarnessException or System.ComponentModel.Win32Exception)
        {
            return new KernelFlavour(name, null, "Cannot run eng/vm/lib.sh to find the " + name + " kernel release: " + e.Message);
        }

        if (release is null)
            return new KernelFlavour(name, null, MetaPackageOf(name) + " is not installed (eng/install-deps.sh installs it).");
        if (!File.Exists(Path.Combine("/lib/modules", release, "build", "Makefile")))
            return new KernelFlavour(name, release, "/lib/modules/" + release + "/build is missing (apt-get install linux-headers-" + release + ").");
        if (!File.Exists("/usr/share/systemtap/runtime/runtime.h"))
            return new KernelFlavour(name, release, "The SystemTap runtime is missing (apt-get install systemtap-runtime).");
        return new KernelFlavour(name, release, null);
    }

    private static string MetaPackageOf(string name) => name == "amd64" ? "linux-headers-amd64" : "linux-headers-" + name + "-amd64";

    public override string ToString() => Name + " (" + (Release ?? "not installed") + ")";
}
