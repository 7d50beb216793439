using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using StapSharp.Codegen;
using StapSharp.ProgramGenerator;
using StapSharp.Semantics;
using StapSharp.Syntax;
using StapSharp.Vm.Testing;
using Xunit.Abstractions;

namespace StapSharp.Vm.Tests;

/// <summary>
/// Differential check (issue 11): a fixed set of generated programs (tools/StapSharp.ProgramGenerator, seeds
/// <see cref="FirstSeed"/>.. in one batch script) is built by stap 4.8 and by StapSharp, both modules run in one
/// QEMU boot, and every program's output must be the same. eng/differential.sh runs the same check on any number
/// of random seeds and minimises what it finds.
/// </summary>
[Collection(VmDifferentialCollection.Name)]
public sealed class VmDifferentialTests(ITestOutputHelper output)
{
    public const ulong FirstSeed = 1;

    public const int ProgramCount = 32;

    private const string ModuleName = "gen_batch";

    [VmFact]
    public async Task Generated_programs_print_the_same_with_stap_and_StapSharp()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(25));
        VmPreparation preparation = await VmEnvironment.PrepareAsync(cts.Token);
        string dir = Directory.CreateTempSubdirectory("stapsharp-differential.").FullName;
        string script = Path.Combine(dir, ModuleName + ".stp");
        IReadOnlySet<int> none = new HashSet<int>();
        await File.WriteAllTextAsync(script, ProgramPrinter.Batch(Enumerable.Range(0, ProgramCount)
            .Select(i => (ProgramGenerator.ProgramGenerator.Generate(FirstSeed + (ulong)i), none))), cts.Token);

        var clock = Stopwatch.StartNew();
        Task<string> stapModule = BuildWithStapAsync(script, cts.Token);
        string ourModule = await BuildWithStapSharpAsync(script, preparation.KernelRelease, dir, cts.Token);
        string theirModule = await stapModule;
        TimeSpan buildTime = clock.Elapsed;

        var request = new VmRunRequest { GraceSeconds = 5 };
        request.AddModule(theirModule, 120, ModuleName).AddModule(ourModule, 120, "s_" + ModuleName);
        VmRunResult run = await QemuVm.RunAsync(request, cts.Token);
        output.WriteLine($"builds {buildTime.TotalSeconds:F0} s (both, in parallel), boot and run {run.WallTime.TotalSeconds:F0} s");
        Assert.True(run.Completed, run.Describe());
        VmJobResult stap = run[ModuleName], ours = run["s_" + ModuleName];
        Assert.Equal(stap.ExitCode, ours.ExitCode);
        Assert.Equal(stap.Stderr, ours.Stderr);

        Dictionary<string, string> expected = BatchOutput.Split(stap.Stdout), actual = BatchOutput.Split(ours.Stdout);
        // Every program ran under stap (a batch that printed nothing would compare equal).
        Assert.Equal(ProgramCount, expected.Keys.Count(k => k != BatchOutput.Unattributed));
        var differences = expected.Keys.Union(actual.Keys)
            .Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k))
            .Select(k => $"program {k} (stp-progen program {k}):\n--- stap:\n{expected.GetValueOrDefault(k)}--- StapSharp:\n{actual.GetValueOrDefault(k)}")
            .ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    /// <summary>eng/vm/build-stp.sh (cached by content hash) with a time limit for a large script on a busy machine
    /// (StapBuilder allows 6 minutes for one script; this one took longer on a shared 2-core host).</summary>
    private static async Task<string> BuildWithStapAsync(string script, CancellationToken cancellationToken)
    {
        ProcessResult r = await ProcessRunner.RunAsync("bash",
            [Path.Combine(VmEnvironment.ScriptsDirectory, "build-stp.sh"), "-j", "1", script + "=" + ModuleName],
            TimeSpan.FromMinutes(20), cancellationToken);
        Assert.True(r.ExitCode == 0, "stap could not build the batch:\n" + r.Stderr);
        return r.Stdout.Split('\t', '\n')[1];
    }

    /// <summary>Compiles the script as "NAME.stp", as eng/vm/build-stp.sh compiles it for stap, so that runtime
    /// error messages name the same place.</summary>
    private static async Task<string> BuildWithStapSharpAsync(string script, string kernelRelease, string dir, CancellationToken cancellationToken)
    {
        var tree = StapSyntaxTree.ParseText(await File.ReadAllTextAsync(script, cancellationToken), path: Path.GetFileName(script));
        GeneratedModule generated = ModuleGenerator.Generate(StapCompilation.Create([tree]), new ModuleGeneratorOptions { ModuleName = "s_" + ModuleName });
        Assert.True(generated.Success, string.Join("\n", generated.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)));
        var builder = new ModuleBuilder(ModuleBuildOptions.Default.WithKernelBuildTree("/lib/modules/" + kernelRelease + "/build"));
        ModuleBuildResult build = await builder.BuildAsync(generated, Path.Combine(dir, "stapsharp"), cancellationToken: cancellationToken);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        return build.ModulePath!;
    }
}

/// <summary>Its own boot, run after the other collections (not next to the suite's boot: the machine has 2 cores),
/// and without the suite's fixture, so that the check can run alone with --filter.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class VmDifferentialCollection
{
    public const string Name = "vm-differential";
}
