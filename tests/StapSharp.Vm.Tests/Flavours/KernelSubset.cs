using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StapSharp.Vm.Testing;

namespace StapSharp.Vm.Tests.Flavours;

/// <summary>One script of tests/vm-scripts/kernel-subset.txt, the macros it is built with (stap -D) and why it is there.</summary>
public sealed record KernelSubsetEntry(string Name, string ScriptPath, IReadOnlyList<string> Defines, string Reason)
{
    /// <summary>bigout (tests/vm-transport) has no .out file: its 10.9 MB are checked in the guest.</summary>
    public bool IsBigOutput => Name == "bigout";
}

/// <summary>
/// The scripts run on the kernel flavours other than amd64, listed once in tests/vm-scripts/kernel-subset.txt
/// (also read by eng/kernels-matrix.sh).
/// </summary>
public static class KernelSubset
{
    public static string ListPath => Path.Combine(VmEnvironment.VmScriptsDirectory, "kernel-subset.txt");

    public static IReadOnlyList<KernelSubsetEntry> Load()
    {
        var entries = new List<KernelSubsetEntry>();
        foreach (string raw in File.ReadLines(ListPath))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            string[] words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            string name = words[0];
            string[] defines = words.Skip(1).TakeWhile(w => w.StartsWith("-D", StringComparison.Ordinal)).Select(w => w[2..]).ToArray();
            string reason = string.Join(' ', words.Skip(1 + defines.Length));
            string script = Path.Combine(VmEnvironment.VmScriptsDirectory, name + ".stp");
            if (!File.Exists(script))
                script = Path.Combine(VmEnvironment.VmScriptsDirectory, "..", "vm-transport", name + ".stp");
            if (!File.Exists(script))
                throw new FileNotFoundException("kernel-subset.txt names a script that does not exist", name + ".stp");
            entries.Add(new KernelSubsetEntry(name, Path.GetFullPath(script), defines, reason));
        }

        return entries;
    }

    public static IEnumerable<object[]> Names() => Load().Select(e => new object[] { e.Name });
}
