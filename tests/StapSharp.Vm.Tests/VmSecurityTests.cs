using StapSharp.Vm.Testing;
using Xunit.Abstractions;

namespace StapSharp.Vm.Tests;

/// <summary>
/// The client's signal and clean-up guarantees in a real kernel (docs/security.md): SIGTERM and SIGHUP end
/// <c>stapsharp run</c> with the STP_EXIT handshake (the end probe runs) and the module unloaded; a module left by a
/// client killed with SIGKILL is removed with <c>stapsharp unload NAME</c>. The module is forever.stp ("detached").
/// </summary>
[Collection(VmCollection.Name)]
public sealed class VmSecurityTests(VmSuiteFixture fixture, ITestOutputHelper output)
{
    public static readonly string[] Signals = ["TERM", "HUP"];

    /// <summary>Runs the module, signals the client after 3 s, prints its status and how many SystemTap modules are left.</summary>
    public static string SignalJob(string signal) =>
        "sh -c '/opt/stapsharp/stapsharp run /x/detached.ko & p=$!; sleep 3; kill -" + signal + " $p; wait $p; echo rc=$?; echo left=$(ls /proc/systemtap 2>/dev/null | wc -l)'";

    /// <summary>Kills the client with SIGKILL (the module stays), then unloads it by name.</summary>
    public const string UnloadJob =
        "sh -c '/opt/stapsharp/stapsharp run /x/detached.ko > /dev/null & p=$!; sleep 3; kill -KILL $p; wait $p; echo before=$(ls /proc/systemtap 2>/dev/null | wc -l); /opt/stapsharp/stapsharp unload detached; echo rc=$?; echo left=$(ls /proc/systemtap 2>/dev/null | wc -l)'";

    [VmCliTheory]
    [InlineData("TERM")]
    [InlineData("HUP")]
    public void A_signal_ends_the_run_with_the_end_probe_and_unloads(string signal)
    {
        VmJobResult job = Job("sec_" + signal);

        Assert.Equal("forever: begin\nforever: end\nrc=0\nleft=0\n", job.Stdout);
        Assert.True(job.LsmodEmpty, $"modules left loaded: {string.Join(",", job.ModulesAfter)}");
    }

    [VmCliTheory]
    [InlineData("unload")]
    public void Unload_removes_the_module_of_a_killed_client(string name)
    {
        VmJobResult job = Job("sec_" + name);

        Assert.Equal("before=1\nrc=0\nleft=0\n", job.Stdout);
        Assert.Contains("module detached unloaded", job.Stderr);
        Assert.True(job.LsmodEmpty, $"modules left loaded: {string.Join(",", job.ModulesAfter)}");
    }

    private VmJobResult Job(string name)
    {
        VmRunResult run = fixture.Result;
        Assert.True(run.TryGetJob(name, out VmJobResult? job), $"job {name} did not run\n{run.Describe()}");
        output.WriteLine(job!.ToString());
        output.WriteLine("stdout:\n" + job.Stdout);
        output.WriteLine("stderr:\n" + job.Stderr);
        return job;
    }
}
