using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace StapSharp.Vm.Tests;

/// <summary>
/// Splits the output of a generated batch script (tools/StapSharp.ProgramGenerator) into each program's part: the
/// lines after its "### SPEC" line, then, sorted, the lines stap prints at exit for its globals (they start with the
/// program's name prefix p{seed}_, and with many end probes stap 4.8 runs them in an order of its own). Same rules as
/// diff_split in eng/differential-lib.sh.
/// </summary>
internal static partial class BatchOutput
{
    public const string Unattributed = "(outside any program)";

    public static Dictionary<string, string> Split(string stdout)
    {
        var parts = new Dictionary<string, StringBuilder>();
        var displays = new Dictionary<string, List<string>>();
        var tagOfPrefix = new Dictionary<string, string>();
        string current = Unattributed;
        foreach (string line in stdout.Split('\n').SkipLast(1))
        {
            if (line == "### end")
                continue;
            if (line.StartsWith("### ", System.StringComparison.Ordinal) && !line.StartsWith("### caught: ", System.StringComparison.Ordinal))
            {
                current = line[4..];
                tagOfPrefix["p" + current.Split('-')[0] + "_"] = current;
                parts[current] = new StringBuilder();
                continue;
            }

            Match display = DisplayPrefix().Match(line);
            if (display.Success && tagOfPrefix.TryGetValue(display.Value, out string? owner))
            {
                (displays.TryGetValue(owner, out var list) ? list : displays[owner] = []).Add("display: " + line);
                continue;
            }

            (parts.TryGetValue(current, out var sb) ? sb : parts[current] = new StringBuilder()).Append(line).Append('\n');
        }

        foreach (var (tag, lines) in displays)
            foreach (string line in lines.Order(System.StringComparer.Ordinal))
                parts[tag].Append(line).Append('\n');
        return parts.ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    [GeneratedRegex("^pi?[0-9]+(v[0-9]+)?_")]
    private static partial Regex DisplayPrefix();
}
