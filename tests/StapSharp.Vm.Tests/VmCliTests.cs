using System.Linq;
using StapSharp.Vm.Testing;
using Xunit.Abstractions;

namespace StapSharp.Vm.Tests;

/// <summary>`stapsharp run NAME.ko` (the transport client, NativeAOT) in the guest gives the same stdout, stderr
/// and exit status as staprun's reference outputs, and unloads the module.</summary>
[Collection(VmCollection.Name)]
public sealed class VmCliTests(VmSuiteFixture fixture, ITestOutputHelper output)
{
    [VmCliTheory]
    [MemberData(nameof(VmScriptTests.ScriptNames), MemberType = typeof(VmScriptTests))]
    public void Stapsharp_run_output_matches_expected(string name)
    {
        VmScript script = fixture.Scripts.Single(s => s.Name == name);
        VmRunResult run = fixture.Result;
        Assert.True(run.TryGetJob("cli_" + name, out VmJobResult? job), $"job cli_{name} did not run\n{run.Describe()}");
        output.WriteLine(job!.ToString());
        output.WriteLine("stdout:\n" + job.Stdout);
        output.WriteLine("stderr:\n" + job.Stderr);

        Assert.Equal(MaskRunnerIdentity(name, script.ExpectedStdout), MaskRunnerIdentity(name, job.Stdout));
        Assert.Equal(script.ExpectedStderr, job.Stderr);
        Assert.Equal(script.ExpectedExitCode, job.ExitCode);
        Assert.Equal(script.ExpectedTimeout, job.Timeout);
        Assert.True(job.LsmodEmpty, $"modules left loaded after cli_{name}: {string.Join(",", job.ModulesAfter)}");
    }

    /// <summary>
    /// Scripts that print who runs them: a begin probe runs in the thread that sent STP_START, so execname() there is
    /// "stapio" under staprun and the name of a thread of our process under stapsharp run. That value is masked;
    /// everything else must match.
    /// </summary>
    private static readonly System.Collections.Generic.Dictionary<string, string> s_runnerIdentityPrefixes = new()
    {
        ["tapset_context"] = "execname=",
    };

    private static string MaskRunnerIdentity(string script, string text) =>
        s_runnerIdentityPrefixes.TryGetValue(script, out string? prefix)
            ? string.Join("\n", text.Split('\n').Select(l => l.StartsWith(prefix, System.StringComparison.Ordinal) ? prefix + "(runner)" : l))
            : text;
}
