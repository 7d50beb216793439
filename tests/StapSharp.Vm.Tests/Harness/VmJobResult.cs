using System.Collections.Generic;
using System.Globalization;

namespace StapSharp.Vm.Testing;

/// <summary>What one guest job did. Output is the raw text with the serial console's CRs removed.</summary>
public sealed class VmJobResult
{
    public VmJobResult(
        string name,
        int exitCode,
        VmTimeout timeout,
        double seconds,
        string stdout,
        string stderr,
        IReadOnlyList<string> modulesAfter,
        long taint,
        long stdoutBytes,
        long stderrBytes)
    {
        Name = name;
        ExitCode = exitCode;
        Timeout = timeout;
        Seconds = seconds;
        Stdout = stdout;
        Stderr = stderr;
        ModulesAfter = modulesAfter;
        Taint = taint;
        StdoutBytes = stdoutBytes;
        StderrBytes = stderrBytes;
    }

    public string Name { get; }

    /// <summary>The command's exit status (128 + n when a signal n ended it).</summary>
    public int ExitCode { get; }

    public VmTimeout Timeout { get; }

    /// <summary>Guest wall time of the job.</summary>
    public double Seconds { get; }

    public string Stdout { get; }

    public string Stderr { get; }

    /// <summary>The guest's /proc/modules names right after the job (the guest kernel has no modules of its own).</summary>
    public IReadOnlyList<string> ModulesAfter { get; }

    /// <summary>True when no module is loaded after the job (so staprun unloaded it).</summary>
    public bool LsmodEmpty => ModulesAfter.Count == 0;

    /// <summary>/proc/sys/kernel/tainted after the job (an unsigned out-of-tree module gives 12288 = O + E).</summary>
    public long Taint { get; }

    /// <summary>Byte count of stdout as measured in the guest (before the serial console).</summary>
    public long StdoutBytes { get; }

    /// <summary>Byte count of stderr as measured in the guest.</summary>
    public long StderrBytes { get; }

    /// <summary>A one-line summary for assertion messages.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name}: rc={ExitCode} timeout={Timeout} seconds={Seconds:0.00} lsmod={(LsmodEmpty ? "empty" : string.Join(",", ModulesAfter))} taint={Taint}");
}
