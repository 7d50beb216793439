using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using StapSharp.Codegen;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Vm.Tests.Flavours;

/// <summary>The outcome of building one script for a flavour: the .ko, or why there is none.</summary>
public sealed record FlavourModule(string Name, string? ModulePath, string Errors, TimeSpan Elapsed)
{
    public bool Success => ModulePath is not null;
}

/// <summary>
/// Builds scripts into modules for a kernel flavour with StapSharp itself (syntax, semantics, lowering, C, kbuild
/// against the flavour's /lib/modules/RELEASE/build), as <c>stapsharp build -r RELEASE -m NAME</c> does.
/// Never loads anything on this machine.
/// </summary>
public static class FlavourModuleBuilder
{
    /// <summary>Builds every entry, two at a time (2 host CPUs); returns one result per entry, in order.</summary>
    public static async Task<IReadOnlyList<FlavourModule>> BuildAsync(
        KernelFlavour flavour, IEnumerable<KernelSubsetEntry> entries, IReadOnlyList<string> flavourDefines, string outputRoot,
        CancellationToken cancellationToken)
    {
        if (flavour.Release is null)
            throw new InvalidOperationException(flavour.UnavailableReason);
        if (Directory.Exists(outputRoot))
            Directory.Delete(outputRoot, recursive: true);
        var builder = new ModuleBuilder(ModuleBuildOptions.Default.WithKernelBuildTree(flavour.BuildTree));
        using var gate = new SemaphoreSlim(2);
        var tasks = entries.Select(async e =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await BuildOneAsync(builder, flavour, e, flavourDefines, Path.Combine(outputRoot, e.Name), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    private static async Task<FlavourModule> BuildOneAsync(
        ModuleBuilder builder, KernelFlavour flavour, KernelSubsetEntry entry, IReadOnlyList<string> flavourDefines, string directory,
        CancellationToken cancellationToken)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        // Compiled as "NAME.stp", as eng/vm/build-stp.sh compiles it for stap, so runtime errors name the same place.
        var parseOptions = StapParseOptions.Default.WithKernelRelease(flavour.Release!);
        var tree = StapSyntaxTree.ParseText(File.ReadAllText(entry.ScriptPath), parseOptions, path: entry.Name + ".stp");
        var compilation = StapCompilation.Create([tree], StapCompilationOptions.Default.WithParseOptions(parseOptions));
        GeneratedModule generated = ModuleGenerator.Generate(compilation, new ModuleGeneratorOptions { ModuleName = entry.Name, Defines = [.. entry.Defines, .. flavourDefines] });
        if (!generated.Success)
            return new FlavourModule(entry.Name, null, "codegen: " + string.Join("\n", generated.Diagnostics), sw.Elapsed);

        ModuleBuildResult build = await builder.BuildAsync(generated, directory, cancellationToken: cancellationToken).ConfigureAwait(false);
        return build.Success
            ? new FlavourModule(entry.Name, build.ModulePath, "", sw.Elapsed)
            : new FlavourModule(entry.Name, null, "kbuild: " + string.Join("\n", build.Diagnostics) + "\n" + build.Output, sw.Elapsed);
    }
}
