using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace StapSharp.Vm.Testing;

/// <summary>The outcome of one VM boot: per-job results parsed from the serial console markers.</summary>
public sealed class VmRunResult
{
    public VmRunResult(
        bool completed,
        double? bootSeconds,
        double? uptimeAtDone,
        long? finalTaint,
        string kernelRelease,
        IReadOnlyList<VmJobResult> jobs,
        IReadOnlyDictionary<string, int> kernelModuleLoads,
        string dmesg,
        IReadOnlyList<string> warnings,
        string serialLog)
    {
        Completed = completed;
        BootSeconds = bootSeconds;
        UptimeAtDone = uptimeAtDone;
        FinalTaint = finalTaint;
        KernelRelease = kernelRelease;
        Jobs = jobs;
        KernelModuleLoads = kernelModuleLoads;
        Dmesg = dmesg;
        Warnings = warnings;
        SerialLog = serialLog;
    }

    /// <summary>The guest got through every job and printed its DONE marker.</summary>
    public bool Completed { get; }

    /// <summary>Guest uptime when /init started.</summary>
    public double? BootSeconds { get; }

    /// <summary>Guest uptime after the last job.</summary>
    public double? UptimeAtDone { get; }

    public long? FinalTaint { get; }

    /// <summary>uname -r in the guest.</summary>
    public string KernelRelease { get; }

    public IReadOnlyList<VmJobResult> Jobs { get; }

    /// <summary>modprobe exit status per requested in-tree kernel module (0 = loaded).</summary>
    public IReadOnlyDictionary<string, int> KernelModuleLoads { get; }

    /// <summary>Guest kernel messages of level warning and above (or all, with <see cref="VmRunRequest.FullDmesg"/>).</summary>
    public string Dmesg { get; }

    /// <summary>Inconsistencies noticed while parsing (for example a byte count that does not match).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The whole serial console, CRs removed.</summary>
    public string SerialLog { get; }

    /// <summary>Host wall time of the run-modules.sh call (set by <see cref="QemuVm"/>).</summary>
    public TimeSpan WallTime { get; internal set; }

    /// <summary>Standard output of run-modules.sh (its RESULT and VM lines).</summary>
    public string ScriptOutput { get; internal set; } = "";

    /// <summary>Where run-modules.sh kept its files, when they were kept.</summary>
    public string? OutputDirectory { get; internal set; }

    public VmJobResult this[string name] =>
        Jobs.FirstOrDefault(j => j.Name == name) ??
        throw new KeyNotFoundException($"No result for job '{name}'.\n{Describe()}");

    public bool TryGetJob(string name, out VmJobResult? result)
    {
        result = Jobs.FirstOrDefault(j => j.Name == name);
        return result is not null;
    }

    /// <summary>A multi-line summary for assertion messages: jobs, warnings and the tail of the serial log.</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        sb.Append("VM completed=").Append(Completed).Append(" boot=").Append(BootSeconds).Append(" s, wall=")
            .Append(WallTime.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)).Append(" s\n");
        foreach (VmJobResult j in Jobs)
        {
            sb.Append("  ").Append(j).Append('\n');
        }

        foreach (string w in Warnings)
        {
            sb.Append("  warning: ").Append(w).Append('\n');
        }

        if (OutputDirectory is not null)
        {
            sb.Append("  files: ").Append(OutputDirectory).Append('\n');
        }

        string[] lines = SerialLog.Split('\n');
        sb.Append("  serial log (last 40 lines):\n");
        foreach (string l in lines.Skip(Math.Max(0, lines.Length - 40)))
        {
            sb.Append("    ").Append(l).Append('\n');
        }

        return sb.ToString();
    }
}
