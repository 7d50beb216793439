using StapSharp.Vm.Testing;
using Xunit.Abstractions;

namespace StapSharp.Vm.Tests;

/// <summary>
/// The transport's acceptance cases in a real kernel: for 10 MB of output and for a module whose start fails,
/// <c>stapsharp run</c> gives exactly what staprun gives for the same module (stdout, stderr, exit status) and
/// leaves no module loaded.
/// </summary>
[Collection(VmCollection.Name)]
public sealed class VmTransportPairTests(VmSuiteFixture fixture, ITestOutputHelper output)
{
    [VmCliTheory]
    [InlineData("bigout")]
    [InlineData("startfail")]
    public void Stapsharp_run_matches_staprun(string name)
    {
        VmRunResult run = fixture.Result;
        Assert.True(run.TryGetJob("pair_staprun_" + name, out VmJobResult? reference), $"staprun job for {name} did not run\n{run.Describe()}");
        Assert.True(run.TryGetJob("pair_cli_" + name, out VmJobResult? ours), $"stapsharp job for {name} did not run\n{run.Describe()}");
        output.WriteLine($"staprun: {reference}\n{reference!.Stdout}\n{reference.Stderr}");
        output.WriteLine($"stapsharp: {ours}\n{ours!.Stdout}\n{ours.Stderr}");

        Assert.Equal(reference.Stdout, ours.Stdout);
        Assert.Equal(reference.Stderr, ours.Stderr);
        Assert.Equal(reference.ExitCode, ours.ExitCode);
        Assert.True(reference.LsmodEmpty && ours.LsmodEmpty, "a module was left loaded");
        if (name == "bigout")
        {
            // rc=0, then the byte count (160000 lines of 67 bytes + "total=160000\n"), the checksum and the last line.
            string[] lines = ours.Stdout.Split('\n');
            Assert.Equal("rc=0", lines[0]);
            Assert.True(long.Parse(lines[1].Trim(), System.Globalization.CultureInfo.InvariantCulture) >= 10_000_000, $"only {lines[1]} bytes");
            Assert.EndsWith("total=160000\n", ours.Stdout);
        }
        else
        {
            Assert.NotEqual(0, ours.ExitCode);
            Assert.Contains("ERROR", ours.Stderr);
        }
    }
}
