using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace StapSharp.Vm.Testing;

/// <summary>
/// Boots the prepared guest kernel once (eng/vm/run-modules.sh) and runs a <see cref="VmRunRequest"/>'s jobs in it.
/// Set STAPSHARP_VM_KEEP=1 to keep the run folder (serial log, per-job files) even when the run succeeds.
/// </summary>
public static class QemuVm
{
    public static async Task<VmRunResult> RunAsync(VmRunRequest request, CancellationToken cancellationToken)
    {
        request.Validate();
        await VmEnvironment.PrepareAsync(request.Flavour ?? VmEnvironment.DefaultFlavour, cancellationToken).ConfigureAwait(false);

        string dir = Directory.CreateTempSubdirectory("stapsharp-vm-run-").FullName;
        string outDir = Path.Combine(dir, "out");

        var args = new List<string>
        {
            Path.Combine(VmEnvironment.ScriptsDirectory, "run-modules.sh"),
            "--quiet",
            "--out", outDir,
            "--grace", request.GraceSeconds.ToString(CultureInfo.InvariantCulture),
            "--mem", request.MemoryMegabytes.ToString(CultureInfo.InvariantCulture),
            "--smp", request.Cpus.ToString(CultureInfo.InvariantCulture),
        };
        foreach (VmFile f in request.Files)
        {
            args.Add(f.IsExecutable ? "--exec" : "--file");
            args.Add(f.HostPath + "=" + f.GuestPath);
        }

        foreach (string k in request.KernelModules)
        {
            args.Add("--kmod");
            args.Add(k);
        }

        if (request.HardLimitSeconds is int hard)
        {
            args.Add("--hard-limit");
            args.Add(hard.ToString(CultureInfo.InvariantCulture));
        }

        if (request.FullDmesg)
        {
            args.Add("--dmesg");
        }

        if (request.Flavour is not null)
        {
            args.Add("--flavour");
            args.Add(request.Flavour);
        }

        if (!string.IsNullOrEmpty(request.KernelArguments))
        {
            args.Add("--append");
            args.Add(request.KernelArguments);
        }

        // Jobs as arguments, in order; a job's companion command (--while) goes right before it.
        foreach (VmJob job in request.Jobs)
        {
            args.Add("--timeout");
            args.Add(job.TimeoutSeconds.ToString(CultureInfo.InvariantCulture));
            if (!string.IsNullOrEmpty(job.WhileCommand))
            {
                args.Add("--while");
                args.Add(job.WhileCommand);
            }

            args.Add("--job");
            args.Add(job.Name);
            args.Add(job.Command);
        }

        int limit = request.HardLimitSeconds ?? 90 + request.Jobs.Sum(j => j.TimeoutSeconds + request.GraceSeconds + 2);
        ProcessResult r = await ProcessRunner.RunAsync(
            "bash", args, TimeSpan.FromSeconds(limit + 120), cancellationToken).ConfigureAwait(false);

        string serialPath = Path.Combine(outDir, "serial.log");
        string noncePath = Path.Combine(outDir, "nonce");
        if (!File.Exists(serialPath) || !File.Exists(noncePath))
        {
            throw new VmHarnessException($"run-modules.sh failed (exit {r.ExitCode}) before booting the VM:\n{r.Stderr}\n{r.Stdout}");
        }

        string nonce = (await File.ReadAllTextAsync(noncePath, cancellationToken).ConfigureAwait(false)).Trim();
        string serial = await File.ReadAllTextAsync(serialPath, cancellationToken).ConfigureAwait(false);
        VmRunResult result = VmSerialParser.Parse(serial, nonce);
        result.WallTime = r.Elapsed;
        result.ScriptOutput = r.Stdout;

        bool keep = Environment.GetEnvironmentVariable("STAPSHARP_VM_KEEP") == "1" || !result.Completed;
        if (keep)
        {
            result.OutputDirectory = outDir;
        }
        else
        {
            Directory.Delete(dir, recursive: true);
        }

        return result;
    }
}
