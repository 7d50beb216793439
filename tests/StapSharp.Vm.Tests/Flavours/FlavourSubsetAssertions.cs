using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using StapSharp.Vm.Testing;
using Xunit.Abstractions;

namespace StapSharp.Vm.Tests.Flavours;

/// <summary>The checks every flavour's subset run must pass (shared by the cloud and rt test classes).</summary>
public static class FlavourSubsetAssertions
{
    public static IEnumerable<object[]> SubsetNames =>
        VmEnvironment.UnavailableReason is null || VmEnvironment.IsRequired ? KernelSubset.Names() : [["(vm unavailable)"]];

    /// <summary>The boot completed on the flavour's own kernel, and the kernel logged no BUG or WARNING.</summary>
    public static void BootIsTheFlavourKernelAndStaysClean(FlavourSuiteFixture fixture, ITestOutputHelper output)
    {
        VmRunResult run = fixture.Result;
        output.WriteLine(run.Describe());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"prepare {fixture.PrepareTime.TotalSeconds:0.0} s, build {fixture.BuildTime.TotalSeconds:0.0} s ({fixture.Modules.Count} modules), boot {run.BootSeconds} s, VM wall {run.WallTime.TotalSeconds:0.0} s"));
        foreach (FlavourModule m in fixture.Modules.Values)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {m.Name}: {m.Elapsed.TotalSeconds:0.0} s{(m.Success ? "" : " FAILED")}"));

        Assert.True(run.Completed, run.Describe());
        Assert.Empty(run.Warnings);
        Assert.Equal(fixture.Flavour.Release, run.KernelRelease);
        // Unsigned out-of-tree modules taint O and E (4096 + 8192); a WARN (512) or an oops would add more.
        Assert.Equal(0L, run.FinalTaint!.Value & ~(4096L | 8192L));
        Assert.DoesNotContain("BUG:", run.Dmesg, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING:", run.Dmesg, StringComparison.Ordinal);
    }

    /// <summary>The script built for the flavour and printed exactly what it prints on amd64 (NAME.out, NAME.err,
    /// exit status, time-out state), leaving no module loaded; bigout's 10.9 MB all arrived.</summary>
    public static void ScriptOutputMatchesExpected(FlavourSuiteFixture fixture, string name, ITestOutputHelper output)
    {
        FlavourModule module = fixture.Modules[name];
        Assert.True(module.Success, $"{name} did not build for {fixture.Flavour}:\n{module.Errors}");
        VmRunResult run = fixture.Result;
        Assert.True(run.TryGetJob(name, out VmJobResult? job), $"job {name} did not run\n{run.Describe()}");
        output.WriteLine(job!.ToString());
        output.WriteLine("stdout:\n" + job.Stdout);
        output.WriteLine("stderr:\n" + job.Stderr);

        KernelSubsetEntry entry = fixture.Entries.Single(e => e.Name == name);
        if (entry.IsBigOutput)
        {
            Assert.Equal(BigOutExpectedSummary(), string.Join("\n", job.Stdout.Split('\n').Select(l => l.Trim())));
            Assert.Equal("", job.Stderr);
            Assert.Equal(0, job.ExitCode);
        }
        else
        {
            VmScript script = VmScript.Load(entry.ScriptPath);
            Assert.Equal(script.ExpectedStdout, job.Stdout);
            Assert.Equal(script.ExpectedStderr, job.Stderr);
            Assert.Equal(script.ExpectedExitCode, job.ExitCode);
            Assert.Equal(script.ExpectedTimeout, job.Timeout);
        }

        Assert.True(job.LsmodEmpty, $"modules left loaded after {name}: {string.Join(",", job.ModulesAfter)}");
    }

    /// <summary>What <see cref="FlavourSuiteFixture.BigOutCommand"/> prints for bigout.stp's correct output (160000
    /// numbered 67-byte lines and "total=160000"): rc, byte count and SHA-256 of the lines sorted bytewise.</summary>
    private static string BigOutExpectedSummary()
    {
        var lines = new List<string>(160_001);
        for (int n = 0; n < 160_000; n++)
            lines.Add(n.ToString("D8", CultureInfo.InvariantCulture) + " abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTU");
        lines.Add("total=160000");
        int size = lines.Sum(l => l.Length + 1);
        lines.Sort(StringComparer.Ordinal);
        byte[] sorted = Encoding.ASCII.GetBytes(string.Concat(lines.Select(l => l + "\n")));
        string sha = Convert.ToHexString(SHA256.HashData(sorted)).ToLowerInvariant();
        return $"rc=0\n{size}\n{sha}\n";
    }
}
