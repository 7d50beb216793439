using System.Collections.Generic;
using System.Linq;
using StapSharp.Vm.Testing;
using Xunit.Abstractions;

namespace StapSharp.Vm.Tests;

/// <summary>Each tests/vm-scripts/NAME.stp, built by stap 4.8 and run with staprun in the guest, prints exactly
/// NAME.out (and NAME.err on stderr), exits as declared and leaves no module loaded.</summary>
[Collection(VmCollection.Name)]
public sealed class VmScriptTests(VmSuiteFixture fixture, ITestOutputHelper output)
{
    public static IEnumerable<object[]> ScriptNames =>
        VmEnvironment.UnavailableReason is null || VmEnvironment.IsRequired
            ? VmScript.LoadAll(VmEnvironment.VmScriptsDirectory).Select(s => new object[] { s.Name })
            : [["(vm unavailable)"]];

    [VmTheory]
    [MemberData(nameof(ScriptNames))]
    public void Script_output_matches_expected(string name)
    {
        VmScript script = fixture.Scripts.Single(s => s.Name == name);
        VmRunResult run = fixture.Result;
        Assert.True(run.TryGetJob(name, out VmJobResult? job), $"job {name} did not run\n{run.Describe()}");
        output.WriteLine(job!.ToString());
        output.WriteLine("stdout:\n" + job.Stdout);
        output.WriteLine("stderr:\n" + job.Stderr);

        Assert.Equal(script.ExpectedStdout, job.Stdout);
        Assert.Equal(script.ExpectedStderr, job.Stderr);
        Assert.Equal(script.ExpectedExitCode, job.ExitCode);
        Assert.Equal(script.ExpectedTimeout, job.Timeout);
        Assert.True(job.LsmodEmpty, $"modules left loaded after {name}: {string.Join(",", job.ModulesAfter)}");
    }
}
