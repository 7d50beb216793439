using System.Diagnostics;
using System.Linq;
using StapSharp.Vm.Testing;
using Xunit.Abstractions;

namespace StapSharp.Vm.Tests;

/// <summary>The harness itself: one boot runs every job, captures stdout/stderr/exit status separately,
/// enforces time limits, copies host binaries with their libraries and notices modules left loaded.</summary>
[Collection(VmCollection.Name)]
public sealed class VmHarnessTests(VmSuiteFixture fixture, ITestOutputHelper output)
{
    private const long TaintOutOfTree = 4096;
    private const long TaintUnsigned = 8192;
    private const long TaintForcedModule = 2;

    [VmFact]
    public void Boot_runs_every_job_and_powers_off()
    {
        VmRunResult run = fixture.Result;
        output.WriteLine(run.Describe());
        output.WriteLine($"build {fixture.BuildTime.TotalSeconds:0.0} s, boot {run.BootSeconds} s, VM wall {run.WallTime.TotalSeconds:0.0} s");
        Assert.True(run.Completed, run.Describe());
        Assert.Equal(fixture.Scripts.Count, fixture.Scripts.Count(s => run.TryGetJob(s.Name, out _)));
        Assert.Empty(run.Warnings);
        Assert.StartsWith("6.", run.KernelRelease, System.StringComparison.Ordinal);
    }

    [VmFact]
    public void Guest_kernel_has_no_warnings()
    {
        VmRunResult run = fixture.Result;
        // Unsigned out-of-tree modules taint O and E; anything else (W = 512 for a WARN, D for an oops) is a bug.
        // Except F when a script is built with stap -g: its module has no __versions section (stap -g gives kbuild
        // CONFIG_MODVERSIONS=), and the kernel marks a module without symbol versions as force-loaded.
        long allowed = TaintOutOfTree | TaintUnsigned | (fixture.Scripts.Any(s => s.GuruMode) ? TaintForcedModule : 0);
        Assert.Equal(0L, run.FinalTaint!.Value & ~allowed);
        Assert.DoesNotContain("BUG:", run.Dmesg, System.StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING:", run.Dmesg, System.StringComparison.Ordinal);
    }

    [VmFact]
    public void Companion_command_runs_alongside_its_job_and_is_stopped_with_it()
    {
        VmJobResult job = fixture.Result["companion"];
        Assert.Equal("from-companion\n", job.Stdout);
        Assert.Equal(VmTimeout.None, job.Timeout);
        Assert.Equal(0, fixture.Result["companion_stopped"].ExitCode);
        // The companion of companion_stopped (a shell sleeping 1000 s) was killed when its 1 s job ended.
        Assert.Equal("gone\n", fixture.Result["companion_gone"].Stdout);
    }

    [VmFact]
    public void Stdout_stderr_and_exit_status_are_separate()
    {
        VmJobResult job = fixture.Result["stderr_and_rc"];
        Assert.Equal("to-stdout\n", job.Stdout);
        Assert.Equal("to-stderr\n", job.Stderr);
        Assert.Equal(7, job.ExitCode);
        Assert.Equal(VmTimeout.None, job.Timeout);
    }

    [VmFact]
    public void Output_without_final_newline_is_exact()
    {
        VmJobResult job = fixture.Result["no_final_newline"];
        Assert.Equal("no final newline", job.Stdout);
        Assert.Equal(16, job.StdoutBytes);
    }

    [VmFact]
    public void Time_limit_sends_sigint()
    {
        VmJobResult job = fixture.Result["interrupted"];
        Assert.Equal(VmTimeout.Interrupted, job.Timeout);
        Assert.Equal(128 + 2, job.ExitCode);
        Assert.InRange(job.Seconds, 1.5, 10);
    }

    [VmFact]
    public void Job_ignoring_sigint_is_killed_after_the_grace_period()
    {
        VmJobResult job = fixture.Result["killed"];
        Assert.Equal(VmTimeout.Killed, job.Timeout);
        Assert.Equal(128 + 9, job.ExitCode);
    }

    [VmFact]
    public void Host_binary_runs_in_the_guest_with_its_shared_libraries()
    {
        Assert.True(System.IO.File.Exists(VmSuiteFixture.HostExecutable), VmSuiteFixture.HostExecutable + " is missing on the host");
        var psi = new ProcessStartInfo(VmSuiteFixture.HostExecutable, "--version") { RedirectStandardOutput = true };
        using var host = Process.Start(psi)!;
        string expected = host.StandardOutput.ReadToEnd();
        host.WaitForExit();

        VmJobResult job = fixture.Result["host_binary"];
        Assert.Equal(0, job.ExitCode);
        Assert.Equal(expected, job.Stdout);
    }

    [VmFact]
    public void In_tree_kernel_module_is_loaded_with_its_dependencies_before_the_jobs()
    {
        VmRunResult run = fixture.Result;
        Assert.Equal(0, run.KernelModuleLoads["nf_conntrack"]);
        VmJobResult job = run["kernel_modules"];
        Assert.Contains("nf_conntrack ", job.Stdout, System.StringComparison.Ordinal);
        Assert.Contains("libcrc32c ", job.Stdout, System.StringComparison.Ordinal);
        Assert.True(job.LsmodEmpty, "modules loaded before the jobs are the baseline, not leftovers");
    }

    [VmFact]
    public void Module_left_loaded_is_reported_then_reattached_and_stopped()
    {
        VmJobResult detach = fixture.Result["detach"];
        output.WriteLine(detach + "\n" + detach.Stdout + detach.Stderr);
        Assert.Equal(0, detach.ExitCode);
        Assert.Equal(["detached"], detach.ModulesAfter);
        Assert.False(detach.LsmodEmpty);

        // stap 4.8's default procfs transport: the control channel and one relay file per guest CPU (2).
        VmJobResult files = fixture.Result["control_files"];
        Assert.Equal([".", "..", ".cmd", "trace0", "trace1"], files.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));

        VmJobResult reattach = fixture.Result["reattach"];
        output.WriteLine(reattach + "\n" + reattach.Stdout + reattach.Stderr);
        Assert.Equal(VmTimeout.Interrupted, reattach.Timeout);
        Assert.Contains("forever: end\n", reattach.Stdout, System.StringComparison.Ordinal);
        Assert.True(reattach.LsmodEmpty);
    }
}
