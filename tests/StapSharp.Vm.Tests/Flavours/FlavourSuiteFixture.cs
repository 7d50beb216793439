using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using StapSharp.Vm.Testing;

namespace StapSharp.Vm.Tests.Flavours;

/// <summary>
/// Builds tests/vm-scripts/kernel-subset.txt with StapSharp for one kernel flavour's release and runs the modules
/// with staprun in ONE boot of that flavour's guest kernel. Derived classes name the flavour.
/// </summary>
public abstract class FlavourSuiteFixture : IAsyncLifetime
{
    private VmRunResult? _result;
    private string? _buildRoot;

    protected FlavourSuiteFixture(string flavourName)
    {
        FlavourName = flavourName;
    }

    public string FlavourName { get; }

    /// <summary>Macros every module of this flavour is built with (as stap -D), besides the subset's own.</summary>
    public virtual IReadOnlyList<string> FlavourDefines => [];

    public KernelFlavour Flavour => KernelFlavour.Get(FlavourName);

    public IReadOnlyList<KernelSubsetEntry> Entries { get; private set; } = [];

    /// <summary>Script name to its build outcome.</summary>
    public IReadOnlyDictionary<string, FlavourModule> Modules { get; private set; } = new Dictionary<string, FlavourModule>();

    public VmRunResult Result => _result ?? throw new InvalidOperationException($"The {FlavourName} VM run did not happen.");

    public TimeSpan PrepareTime { get; private set; }

    public TimeSpan BuildTime { get; private set; }

    /// <summary>Why this suite is skipped here (the VM in general, or the flavour's headers), or null.</summary>
    public string? SkipReason => VmEnvironment.SkipReason ?? Flavour.SkipReason;

    /// <summary>
    /// The guest job for bigout: staprun's output goes to a file in the guest (the serial console is too slow for
    /// 10.9 MB), and the job prints the exit status, the byte count and the SHA-256 of the sorted lines. Sorted,
    /// because stapio may write records out of order on a starved guest (docs/vm.md); the count and checksum still
    /// prove that every byte arrived.
    /// </summary>
    public const string BigOutCommand =
        "sh -c 'staprun -C never /m/bigout.ko > /tmp/b.out; echo rc=$?; wc -c < /tmp/b.out; sort /tmp/b.out | sha256sum | cut -c1-64; rm /tmp/b.out'";

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
            return;
        if (Flavour.Release is null)
            throw new VmHarnessException($"STAPSHARP_VM_REQUIRED=1 but the {FlavourName} kernel flavour is unavailable: {Flavour.UnavailableReason}");

        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        var sw = Stopwatch.StartNew();
        await VmEnvironment.PrepareAsync(FlavourName, cts.Token).ConfigureAwait(false);
        PrepareTime = sw.Elapsed;

        sw.Restart();
        Entries = KernelSubset.Load();
        _buildRoot = Path.Combine(Path.GetTempPath(), "stapsharp-vm-" + FlavourName + "-" + Environment.ProcessId);
        IReadOnlyList<FlavourModule> built = await FlavourModuleBuilder.BuildAsync(Flavour, Entries, FlavourDefines, _buildRoot, cts.Token).ConfigureAwait(false);
        Modules = built.ToDictionary(m => m.Name, StringComparer.Ordinal);
        BuildTime = sw.Elapsed;

        var request = new VmRunRequest { Flavour = FlavourName, GraceSeconds = 5 };
        foreach (KernelSubsetEntry e in Entries)
        {
            if (Modules[e.Name].ModulePath is not string ko)
                continue;
            if (e.IsBigOutput)
            {
                request.AddFile(ko, "/m/bigout.ko");
                request.AddJob(e.Name, BigOutCommand, 180);
            }
            else
            {
                VmScript script = VmScript.Load(e.ScriptPath);
                request.AddModule(ko, script.TimeoutSeconds, e.Name, script.WhileCommand);
            }
        }

        if (request.Jobs.Count == 0)
            throw new VmHarnessException($"No script of the subset built for {Flavour}:\n" + string.Join("\n", built.Select(m => m.Name + ": " + m.Errors)));
        _result = await QemuVm.RunAsync(request, cts.Token).ConfigureAwait(false);
    }

    /// <summary>Deletes the built modules (kept with STAPSHARP_VM_KEEP=1, like the run folder).</summary>
    public Task DisposeAsync()
    {
        if (_buildRoot is not null && Directory.Exists(_buildRoot) && Environment.GetEnvironmentVariable("STAPSHARP_VM_KEEP") != "1")
            Directory.Delete(_buildRoot, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>The subset on Debian's cloud kernel (linux-image-cloud-amd64: a much smaller .config), in CI.</summary>
public sealed class CloudSuiteFixture : FlavourSuiteFixture
{
    public CloudSuiteFixture()
        : base("cloud")
    {
    }
}

/// <summary>The subset on Debian's PREEMPT_RT kernel (linux-image-rt-amd64).</summary>
public sealed class RtSuiteFixture : FlavourSuiteFixture
{
    public RtSuiteFixture()
        : base("rt")
    {
    }

    /// <summary>
    /// Under CONFIG_PREEMPT_RT the runtime's stp_rwlock_t is a raw spinlock, so the shared lock that <c>&lt;&lt;&lt;</c>
    /// takes excludes the other CPU too. On a starved TCG guest a vCPU descheduled while holding it made the other
    /// CPU's trylock give up after stap's default 100 x 10 us and skip a probe: probe_profile printed
    /// "WARNING: Number of errors: 0, skipped probes: 1" in 1 of 3 rt runs (host load 39), never on amd64 or cloud,
    /// where readers share the lock. 1000 tries (10 ms) keeps the expected output exact without hiding a deadlock.
    /// </summary>
    public override IReadOnlyList<string> FlavourDefines => ["MAXTRYLOCK=1000"];
}
