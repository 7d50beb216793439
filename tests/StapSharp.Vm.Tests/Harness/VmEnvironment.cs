using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Vm.Testing;

/// <summary>
/// Where the VM scripts live, whether this machine can run them, and the one-time preparation
/// (eng/vm/prepare.sh, run at most once per test process).
/// </summary>
public static class VmEnvironment
{
    private static readonly Lazy<string?> s_repositoryRoot = new(FindRepositoryRoot);
    private static readonly Lazy<string?> s_unavailableReason = new(ComputeUnavailableReason);
    private static readonly object s_prepareLock = new();
    private static readonly Dictionary<string, Task<VmPreparation>> s_prepare = new(StringComparer.Ordinal);

    /// <summary>The kernel flavour the suite boots unless a request names another (eng/vm/prepare.sh --flavour).</summary>
    public const string DefaultFlavour = "amd64";

    /// <summary>The repository root (the folder with StapSharp.slnx), from STAPSHARP_REPO_ROOT or found upwards.</summary>
    public static string RepositoryRoot =>
        s_repositoryRoot.Value ?? throw new VmHarnessException(
            "Cannot find the repository root (StapSharp.slnx with eng/vm/) above " + AppContext.BaseDirectory +
            "; set STAPSHARP_REPO_ROOT.");

    /// <summary>eng/vm: prepare.sh, build-stp.sh, run-modules.sh.</summary>
    public static string ScriptsDirectory => Path.Combine(RepositoryRoot, "eng", "vm");

    /// <summary>tests/vm-scripts: the project's .stp test scripts with their expected outputs.</summary>
    public static string VmScriptsDirectory => Path.Combine(RepositoryRoot, "tests", "vm-scripts");

    /// <summary>STAPSHARP_VM_REQUIRED=1 (set in CI): never skip, so a broken environment fails loudly.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable("STAPSHARP_VM_REQUIRED") == "1";

    /// <summary>Why VM tests cannot run here, or null when they can.</summary>
    public static string? UnavailableReason => s_unavailableReason.Value;

    /// <summary>The reason to skip VM tests: <see cref="UnavailableReason"/>, unless <see cref="IsRequired"/>.</summary>
    public static string? SkipReason => IsRequired ? null : UnavailableReason;

    /// <summary>Runs eng/vm/prepare.sh once per process (it is itself cached on disk and fast when warm).</summary>
    public static Task<VmPreparation> PrepareAsync(CancellationToken cancellationToken) =>
        PrepareAsync(DefaultFlavour, cancellationToken);

    /// <summary>Runs <c>eng/vm/prepare.sh --flavour FLAVOUR</c> once per process and flavour.</summary>
    public static Task<VmPreparation> PrepareAsync(string flavour, CancellationToken cancellationToken)
    {
        lock (s_prepareLock)
        {
            if (!s_prepare.TryGetValue(flavour, out Task<VmPreparation>? task) || task.IsFaulted || task.IsCanceled)
            {
                s_prepare[flavour] = task = RunPrepareAsync(flavour, cancellationToken);
            }

            return task;
        }
    }

    private static async Task<VmPreparation> RunPrepareAsync(string flavour, CancellationToken cancellationToken)
    {
        string script = Path.Combine(ScriptsDirectory, "prepare.sh");
        ProcessResult r = await ProcessRunner.RunAsync(
            "bash", [script, "--flavour", flavour], TimeSpan.FromMinutes(15), cancellationToken).ConfigureAwait(false);
        if (r.ExitCode != 0)
        {
            throw new VmHarnessException($"eng/vm/prepare.sh failed with exit code {r.ExitCode}:\n{r.Stderr}\n{r.Stdout}");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in r.Stdout.Split('\n'))
        {
            int eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && line.Take(eq).All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                values[line[..eq]] = line[(eq + 1)..];
            }
        }

        return new VmPreparation(values, r.Stderr, r.Elapsed);
    }

    private static string? FindRepositoryRoot()
    {
        string? fromEnv = Environment.GetEnvironmentVariable("STAPSHARP_REPO_ROOT");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return fromEnv;
        }

        // The checkout this assembly was built from (an AssemblyMetadata item in the .csproj); with
        // STAPSHARP_ARTIFACTS the binaries live outside the checkout, so searching upwards is only the fallback.
        var starts = typeof(VmEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => a.Key == "StapSharpRepositoryRoot" && !string.IsNullOrEmpty(a.Value))
            .Select(a => a.Value!)
            .Concat([AppContext.BaseDirectory, Environment.CurrentDirectory]);
        foreach (string start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (IsRepositoryRoot(dir.FullName))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    private static bool IsRepositoryRoot(string dir) =>
        File.Exists(Path.Combine(dir, "StapSharp.slnx")) && File.Exists(Path.Combine(dir, "eng", "vm", "run-modules.sh"));

    private static string? ComputeUnavailableReason()
    {
        if (Environment.GetEnvironmentVariable("STAPSHARP_VM_SKIP") == "1")
        {
            return "STAPSHARP_VM_SKIP=1 is set.";
        }

        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            return "VM tests need an x86-64 Linux host.";
        }

        if (s_repositoryRoot.Value is null)
        {
            return "Cannot find the repository root with eng/vm/ (set STAPSHARP_REPO_ROOT).";
        }

        if (FindOnPath("qemu-system-x86_64") is null)
        {
            return "qemu-system-x86_64 is not installed (run eng/vm/prepare.sh).";
        }

        if (FindOnPath("stap") is null)
        {
            return "SystemTap (stap) is not installed (run eng/vm/prepare.sh).";
        }

        bool headers = Directory.Exists("/lib/modules") &&
            Directory.EnumerateDirectories("/lib/modules").Any(d => Directory.Exists(Path.Combine(d, "build")));
        if (!headers)
        {
            return "No kernel headers under /lib/modules/*/build (install linux-headers-amd64; run eng/vm/prepare.sh).";
        }

        return null;
    }

    private static string? FindOnPath(string name)
    {
        string path = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
        foreach (string dir in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
