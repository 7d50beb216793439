using System;
using System.Collections.Generic;

namespace StapSharp.Vm.Testing;

/// <summary>What eng/vm/prepare.sh reported (the KEY=value lines of its vm.env).</summary>
public sealed class VmPreparation
{
    public VmPreparation(IReadOnlyDictionary<string, string> values, string log, TimeSpan elapsed)
    {
        Values = values;
        Log = log;
        Elapsed = elapsed;
    }

    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>prepare.sh's progress messages (stderr).</summary>
    public string Log { get; }

    public TimeSpan Elapsed { get; }

    /// <summary>The kernel ABI shared by the headers and the guest kernel, e.g. the release of linux-headers-amd64.</summary>
    public string KernelRelease => Values.TryGetValue("KVER", out string? v) ? v : "";

    /// <summary>The SystemTap version, e.g. 4.8/0.188.</summary>
    public string StapVersion => Values.TryGetValue("STAP_VERSION", out string? v) ? v : "";
}
