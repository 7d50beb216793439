using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Vm.Testing;

/// <summary>
/// Builds .stp scripts into modules for the VM kernel with the real stap, pass 4 only (eng/vm/build-stp.sh;
/// results are cached by a hash of the script, name, stap version and kernel).
/// </summary>
public static class StapBuilder
{
    /// <summary>Builds the scripts; returns module name -> path of the .ko (in the cache; do not modify it).</summary>
    /// <param name="scripts">Script path and module name (a C identifier) pairs.</param>
    /// <param name="stapArguments">Extra stap arguments for every script, e.g. <c>-DMAXACTION=10000</c>.</param>
    /// <param name="cancellationToken">Cancels the build.</param>
    public static async Task<IReadOnlyDictionary<string, string>> BuildAsync(
        IEnumerable<(string ScriptPath, string ModuleName)> scripts,
        IEnumerable<string>? stapArguments,
        CancellationToken cancellationToken)
    {
        await VmEnvironment.PrepareAsync(cancellationToken).ConfigureAwait(false);
        var args = new List<string> { Path.Combine(VmEnvironment.ScriptsDirectory, "build-stp.sh") };
        foreach (string a in stapArguments ?? [])
        {
            args.Add("-a");
            args.Add(a);
        }

        var list = scripts.ToList();
        args.Add("--");
        args.AddRange(list.Select(s => s.ScriptPath + "=" + s.ModuleName));
        ProcessResult r = await ProcessRunner.RunAsync(
            "bash", args, TimeSpan.FromMinutes(5 + list.Count), cancellationToken).ConfigureAwait(false);
        if (r.ExitCode != 0)
        {
            throw new VmHarnessException($"eng/vm/build-stp.sh failed (exit {r.ExitCode}):\n{r.Stderr}");
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = line.Split('\t');
            if (parts.Length == 2)
            {
                result[parts[0]] = parts[1];
            }
        }

        return result;
    }

    /// <summary>Builds one script; returns the path of its .ko.</summary>
    public static async Task<string> BuildAsync(string scriptPath, string moduleName, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, string> r = await BuildAsync([(scriptPath, moduleName)], null, cancellationToken)
            .ConfigureAwait(false);
        return r[moduleName];
    }
}
