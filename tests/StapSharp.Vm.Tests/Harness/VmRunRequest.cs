using System;
using System.Collections.Generic;
using System.IO;

namespace StapSharp.Vm.Testing;

/// <summary>Everything one VM boot runs: jobs in order, plus the files they need.</summary>
public sealed class VmRunRequest
{
    public List<VmJob> Jobs { get; } = [];

    public List<VmFile> Files { get; } = [];

    /// <summary>In-tree kernel modules the guest modprobes before the jobs (with their dependencies).
    /// The <c>depends=</c> of modules added with <see cref="AddModule"/> are loaded automatically.</summary>
    public List<string> KernelModules { get; } = [];

    /// <summary>QEMU is killed after this long; null = run-modules.sh's default (90 s + job limits).</summary>
    public int? HardLimitSeconds { get; set; }

    /// <summary>Seconds between a job's SIGINT and its SIGKILL.</summary>
    public int GraceSeconds { get; set; } = 10;

    public int MemoryMegabytes { get; set; } = 1024;

    public int Cpus { get; set; } = 2;

    /// <summary>Dump the whole guest dmesg instead of the warning-and-above lines.</summary>
    public bool FullDmesg { get; set; }

    /// <summary>Extra kernel command line arguments.</summary>
    public string? KernelArguments { get; set; }

    /// <summary>The guest kernel flavour (eng/vm/prepare.sh --flavour: amd64, cloud or rt); null = amd64. Modules must
    /// be built for that flavour's release.</summary>
    public string? Flavour { get; set; }

    /// <summary>Adds a job that runs <c>staprun -C never /stap/NAME.ko</c> on a module built for the VM kernel.
    /// NAME (default: the file name) must be the module's own name (<c>stap -m NAME</c>, modinfo <c>name=</c>):
    /// staprun names the module after the file and cannot attach to it otherwise. <paramref name="whileCommand"/> runs
    /// alongside it (<see cref="VmJob.WhileCommand"/>), with <c>$MODULE</c> replaced by NAME.</summary>
    public VmRunRequest AddModule(string koPath, int timeoutSeconds = 30, string? name = null, string? whileCommand = null)
    {
        name ??= Path.GetFileNameWithoutExtension(koPath);
        string guest = $"/stap/{name}.ko";
        Files.Add(new VmFile(koPath, guest));
        Jobs.Add(new VmJob(name, $"staprun -C never {guest}", timeoutSeconds) { WhileCommand = whileCommand?.Replace("$MODULE", name, StringComparison.Ordinal) });
        return this;
    }

    /// <summary>Adds a job that runs an arbitrary guest command, with an optional companion command
    /// (<see cref="VmJob.WhileCommand"/>, taken as it is: replace <c>$MODULE</c> yourself).</summary>
    public VmRunRequest AddJob(string name, string command, int timeoutSeconds = 30, string? whileCommand = null)
    {
        Jobs.Add(new VmJob(name, command, timeoutSeconds) { WhileCommand = whileCommand });
        return this;
    }

    /// <summary>Copies a host executable and its shared libraries (ldd) into the guest.</summary>
    public VmRunRequest AddExecutable(string hostPath, string guestPath)
    {
        Files.Add(new VmFile(hostPath, guestPath, IsExecutable: true));
        return this;
    }

    /// <summary>Loads an in-tree module of the guest kernel (e.g. <c>nf_conntrack</c>) before the jobs.</summary>
    public VmRunRequest AddKernelModule(string name)
    {
        KernelModules.Add(name);
        return this;
    }

    /// <summary>Copies a host file into the guest.</summary>
    public VmRunRequest AddFile(string hostPath, string guestPath)
    {
        Files.Add(new VmFile(hostPath, guestPath));
        return this;
    }

    internal void Validate()
    {
        if (Jobs.Count == 0)
        {
            throw new InvalidOperationException("A VM run needs at least one job.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (VmJob job in Jobs)
        {
            if (!names.Add(job.Name))
            {
                throw new InvalidOperationException($"Duplicate job name '{job.Name}'.");
            }

            if (job.Command.Contains('\n', StringComparison.Ordinal) || job.WhileCommand?.Contains('\n', StringComparison.Ordinal) == true)
            {
                throw new InvalidOperationException($"The commands of job '{job.Name}' must be one line.");
            }
        }
    }
}
