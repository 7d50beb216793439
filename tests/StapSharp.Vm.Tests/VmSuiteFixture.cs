using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using StapSharp.Vm.Testing;

namespace StapSharp.Vm.Tests;

/// <summary>
/// Builds every tests/vm-scripts/*.stp with the real stap (-p4) and runs them, plus the harness's own jobs,
/// in ONE QEMU boot shared by the whole "vm" collection.
/// </summary>
public sealed class VmSuiteFixture : IAsyncLifetime
{
    /// <summary>Host binary copied into the guest with its shared libraries (liblzma is not in the base image).</summary>
    public const string HostExecutable = "/usr/bin/xz";

    public const string GuestExecutable = "/opt/host/bin/xz-copy";

    /// <summary>Optional: a published NativeAOT <c>stapsharp</c> (STAPSHARP_VM_CLI) that also runs every script module
    /// in the same boot with <c>stapsharp run</c>, as jobs named <c>cli_NAME</c>.</summary>
    public static readonly string? CliPath =
        Environment.GetEnvironmentVariable("STAPSHARP_VM_CLI") is { Length: > 0 } p && File.Exists(p) ? Path.GetFullPath(p) : null;

    /// <summary>Transport cases run by both staprun and <c>stapsharp run</c> (tests/vm-transport): 10 MB of output
    /// and a module whose start fails.</summary>
    public static readonly string[] TransportPairs = ["bigout", "startfail"];

    public static string TransportScriptsDirectory => Path.Combine(VmEnvironment.VmScriptsDirectory, "..", "vm-transport");

    private VmRunResult? _result;

    public IReadOnlyList<VmScript> Scripts { get; private set; } = [];

    public VmRunResult Result => _result ?? throw new InvalidOperationException("The VM suite did not run.");

    public TimeSpan BuildTime { get; private set; }

    /// <summary>
    /// A guest command that names the first numbered line of bigout's output that is out of order (when the
    /// checksum differs, this says whether records were reordered or bytes changed).
    /// </summary>
    private const string BigOutOrderCheck =
        // busybox awk reads "00000010" as octal, so the line numbers are compared as text.
        "awk \"/^[0-9]/ { if (\\$1 != sprintf(\\\"%08d\\\", e)) { print \\\"order: line \\\" NR \\\" is \\\" \\$1; bad = 1; exit } e++ } END { if (!bad) print \\\"order: ok\\\" }\"";

    public async Task InitializeAsync()
    {
        if (VmEnvironment.SkipReason is not null)
        {
            return;
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        Scripts = VmScript.LoadAll(VmEnvironment.VmScriptsDirectory);

        var sw = System.Diagnostics.Stopwatch.StartNew();
        var toBuild = Scripts.Select(s => (s.ScriptPath, s.Name)).Append((Path.Combine(VmEnvironment.VmScriptsDirectory, "forever.stp"), "detached"));
        if (CliPath is not null)
            toBuild = toBuild.Concat(TransportPairs.Select(n => (Path.Combine(TransportScriptsDirectory, n + ".stp"), n)));
        IReadOnlyDictionary<string, string> modules = await StapBuilder.BuildAsync(toBuild, null, cts.Token);
        BuildTime = sw.Elapsed;

        var request = new VmRunRequest { GraceSeconds = 5 };
        foreach (VmScript s in Scripts)
        {
            request.AddModule(modules[s.Name], s.TimeoutSeconds, s.Name, s.WhileCommand);
        }

        if (CliPath is not null)
        {
            request.AddExecutable(CliPath, "/opt/stapsharp/stapsharp");
            foreach (VmScript s in Scripts)
            {
                request.AddFile(modules[s.Name], $"/m/{s.Name}.ko");
                request.AddJob("cli_" + s.Name, $"/opt/stapsharp/stapsharp run /m/{s.Name}.ko", s.TimeoutSeconds,
                    s.WhileCommand?.Replace("$MODULE", s.Name, StringComparison.Ordinal));
            }

            // staprun and stapsharp run on the same module, one after the other; big output is compared by
            // size and checksum inside the guest (the serial console is too slow for 10 MB).
            foreach (string name in TransportPairs)
            {
                request.AddFile(modules[name], $"/m/{name}.ko");
                foreach (var (runner, command) in new[] { ("staprun", "staprun -C never"), ("cli", "/opt/stapsharp/stapsharp run") })
                {
                    string job = name == "bigout"
                        ? $"sh -c 'mkdir -p /tmp; {command} /m/{name}.ko > /tmp/{runner}.out; echo rc=$?; wc -c < /tmp/{runner}.out; sha256sum < /tmp/{runner}.out; tail -n 1 /tmp/{runner}.out; {BigOutOrderCheck} /tmp/{runner}.out; rm /tmp/{runner}.out'"
                        : $"{command} /m/{name}.ko";
                    request.AddJob($"pair_{runner}_{name}", job, 120);
                }
            }
        }

        // Harness behaviour, in the same boot.
        request.AddJob("stderr_and_rc", "sh -c 'echo to-stdout; echo to-stderr >&2; exit 7'");
        request.AddJob("no_final_newline", "printf 'no final newline'");
        // A companion command (--while) runs next to its job; a second one that never ends is stopped with its job.
        request.AddJob("companion", "sh -c 'until [ -s /tmp/companion.txt ]; do sleep 0.1; done; cat /tmp/companion.txt'", 20,
            whileCommand: "sh -c 'echo from-companion > /tmp/companion.tmp; mv /tmp/companion.tmp /tmp/companion.txt'");
        request.AddJob("companion_stopped", "sleep 1", 20, whileCommand: "sh -c 'echo $$ > /tmp/companion.pid; sleep 1000'");
        request.AddJob("companion_gone",
            "sh -c 'p=$(cat /tmp/companion.pid); if [ -d /proc/$p ] && ! grep -q \"^State:.*Z\" /proc/$p/status; then echo alive; else echo gone; fi'");
        request.AddJob("interrupted", "sleep 600", timeoutSeconds: 2);
        request.AddJob("killed", "sh -c 'trap \"\" INT; while :; do sleep 1; done'", timeoutSeconds: 2);
        if (File.Exists(HostExecutable))
        {
            request.AddExecutable(HostExecutable, GuestExecutable);
            request.AddJob("host_binary", GuestExecutable + " --version");
        }

        // An in-tree kernel module with hard and soft dependencies, loaded before the jobs (lsmod baseline).
        request.AddKernelModule("nf_conntrack");
        request.AddJob("kernel_modules", "cat /proc/modules");

        // A module left loaded (staprun -L detaches), then picked up again and stopped (staprun -A).
        request.AddFile(modules["detached"], "/x/detached.ko");
        request.AddJob("detach", "staprun -C never -L /x/detached.ko");
        request.AddJob("control_files", "ls -a /proc/systemtap/detached");
        request.AddJob("reattach", "staprun -C never -A detached", timeoutSeconds: 6);

        if (CliPath is not null)
        {
            // Security jobs (VmSecurityTests), last so that a module they might leave cannot disturb other jobs.
            foreach (string signal in VmSecurityTests.Signals)
            {
                request.AddJob("sec_" + signal, VmSecurityTests.SignalJob(signal), 30);
            }

            request.AddJob("sec_unload", VmSecurityTests.UnloadJob, 30);
        }

        _result = await QemuVm.RunAsync(request, cts.Token);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
