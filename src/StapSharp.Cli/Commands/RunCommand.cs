using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using StapSharp.Syntax;
using StapSharp.Transport;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// <c>stapsharp run MODULE.ko [-x PID] [-o FILE] [-D name=value]...</c>: what <c>staprun</c> + <c>stapio</c> do, in one
    /// process running as root. Output goes to stdout (or FILE), module warnings and errors to stderr. Exit code 0 on
    /// success, 1 when the module reported an error or failed, 2 on usage or I/O errors.
    /// </summary>
    internal static class RunCommand
    {
        public static Command Create()
        {
            var file = new Argument<string?>("MODULE") { Description = "A SystemTap module (.ko) built by stap -p4, a script (.stp), or - for a script on standard input.", Arity = ArgumentArity.ZeroOrOne };
            var script = new Option<string?>("-e") { Description = "Build and run the script given here, as stap -e.", HelpName = "SCRIPT" };
            var target = new Option<int>("-x", "--target") { Description = "Target process id, as stap -x (the script's target()).", HelpName = "PID" };
            var output = new Option<string?>("-o", "--output") { Description = "Write the output to FILE (bulk mode: FILE_<cpu>).", HelpName = "FILE" };
            var parameters = new Option<string[]>("-D", "-G") { Description = "Set a scalar script global (module parameter) name=value; repeat for more.", AllowMultipleArgumentsPerToken = false, HelpName = "name=value" };
            var buffer = new Option<int>("-b", "--buffer") { Description = "Per-CPU buffer size in MiB (1-4095); default: the module's choice.", HelpName = "MiB" };
            var protocol = new Option<int>("--protocol") { Description = "SystemTap runtime generation the module was built with: 4 (default) or 5.", DefaultValueFactory = _ => 4, HelpName = "4|5" };
            var noWarnings = new Option<bool>("-w") { Description = "Suppress warnings from the module." };
            var verbose = new Option<bool>("-v") { Description = "Show repeated warnings and session details." };
            var allowSystem = new Option<bool>("--allow-system") { Description = "Run system() requests of the script with /bin/sh (off by default)." };
            var guru = new Option<bool>("-g", "--guru") { Description = "Guru mode for a .stp script, as stap -g: allow embedded C and other privileged constructs." };
            var force = new Option<bool>("--force") { Description = "Load the .ko even when it is not a SystemTap module (no .stap_privilege section)." };
            var keep = new Option<bool>("-k", "--keep") { Description = "Keep the private build folder of a .stp script (its path is printed), as stap -k." };
            var command = new Command("run", "Load a SystemTap module, run it until it exits or is interrupted, and unload it.")
            {
                file, script, target, output, parameters, buffer, protocol, noWarnings, verbose, allowSystem, guru, keep, force,
            };
            command.SetAction(result =>
            {
                ScriptInput? input = ScriptOf(result.GetValue(file), result.GetValue(script), out string? error);
                if (error is not null)
                    return UsageError(error);
                return new Session(
                result.GetValue(file) ?? input!.Name,
                result.GetValue(target),
                result.GetValue(output),
                result.GetValue(parameters) ?? [],
                result.GetValue(buffer),
                result.GetValue(protocol),
                result.GetValue(noWarnings),
                result.GetValue(verbose),
                result.GetValue(allowSystem),
                input,
                result.GetValue(guru),
                result.GetValue(keep),
                result.GetValue(force)).Run();
            });
            return command;
        }

        /// <summary>The script to build first (-e SCRIPT, - for stdin, or a .stp file); null for a module.</summary>
        private static ScriptInput? ScriptOf(string? file, string? script, out string? error)
        {
            error = (file, script) switch
            {
                (null, null) => "stapsharp: error: name a MODULE.ko, a FILE.stp, - for standard input, or -e SCRIPT",
                (not null, not null) => "stapsharp: error: give either -e SCRIPT or a MODULE/FILE, not both",
                _ => null,
            };
            ScriptInput? input = error is not null ? null
                : script is not null ? ScriptInput.FromCommandLine(script)
                : file == "-" ? ScriptInput.FromStdin(Console.In)
                : file!.EndsWith(".stp", StringComparison.Ordinal) ? ScriptInput.FromFile(file)
                : null;
            if (input is not null) DiagnosticSources.Remember(input);
            return input;
        }

        private static int UsageError(string message)
        {
            Console.Error.WriteLine(message);
            return ExitCodes.UsageOrIo;
        }

        private sealed class Session(
            string path, int targetPid, string? outputPath, string[] parameters, int bufferMiB, int protocolNumber, bool noWarnings, bool verbose, bool allowSystem,
            ScriptInput? script, bool guru, bool keep, bool force)
        {
            private readonly HashSet<string> _seenWarnings = new(StringComparer.Ordinal);
            private readonly Dictionary<int, Stream> _bulkFiles = [];
            private bool _sawError;

            public int Run()
            {
                if (ProcessIdentity.SetuidError("run") is { } setuid)
                {
                    Console.Error.WriteLine(setuid);
                    return ExitCodes.UsageOrIo;
                }

                if (script is null)
                    return RunModule();

                // Build the script with StapSharp's own codegen into a scratch folder, then run that module.
                if (!KernelTarget.TryDetect(null, out KernelTarget? kernel, out string? problem))
                {
                    Console.Error.WriteLine($"ERROR: {problem}");
                    return ExitCodes.Errors;
                }

                // A fresh folder per run, made by mkdtemp (mode 0700, a name nobody can guess or create first):
                // make runs in it as root and the .ko is loaded from it.
                var scratch = Directory.CreateTempSubdirectory("stapsharp-run-");
                try
                {
                    var options = CommonOptions.WithLibraryMacros(StapParseOptions.Default.WithKernelTarget(kernel!).WithGuruMode(guru), Array.Empty<string>());
                    int built = new ScriptModuleBuild(options, kernel, Array.Empty<string>(), stapStyle: false, verbose)
                        .Build([script], scratch.FullName, moduleName: null, noMake: false, CancellationToken.None, out string? modulePath);
                    if (built != ExitCodes.Success)
                        return built;
                    if (modulePath is null || !modulePath.EndsWith(".ko", StringComparison.Ordinal))
                    {
                        Console.Error.WriteLine("ERROR: the script's module could not be built here (no kernel build tree); see the messages above.");
                        return ExitCodes.UsageOrIo;
                    }

                    path = modulePath;
                    return RunModule();
                }
                finally
                {
                    if (keep)
                    {
                        Console.Error.WriteLine($"stapsharp: kept the build folder {scratch.FullName}");
                    }
                    else
                    {
                        try
                        {
                            scratch.Delete(recursive: true);
                        }
                        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                        {
                            Console.Error.WriteLine($"WARNING: could not remove the build folder {scratch.FullName}: {ex.Message}");
                        }
                    }
                }
            }

            private int RunModule()
            {
                if (!File.Exists(path))
                {
                    Console.Error.WriteLine($"ERROR: module '{path}' not found.");
                    return ExitCodes.UsageOrIo;
                }

                if (protocolNumber is not (4 or 5))
                {
                    Console.Error.WriteLine("ERROR: --protocol must be 4 or 5.");
                    return ExitCodes.UsageOrIo;
                }

                ModuleLoadOptions loadOptions;
                try
                {
                    loadOptions = BuildLoadOptions();
                }
                catch (ArgumentException ex)
                {
                    // Drop the " (Parameter 'x')" suffix: it names our argument, not the user's.
                    var message = ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty);
                    Console.Error.WriteLine($"ERROR: {message}");
                    return ExitCodes.UsageOrIo;
                }

                try
                {
                    return RunAsync(loadOptions).GetAwaiter().GetResult();
                }
                catch (ModuleStartException ex)
                {
                    // The module's own ERROR lines were already printed as they arrived.
                    if (ex.ErrorOutput.Count == 0)
                    {
                        Console.Error.WriteLine($"ERROR: {ex.Message}");
                    }

                    return ExitCodes.Errors;
                }
                catch (Exception ex) when (ex is TransportException or IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"ERROR: {ex.Message}");
                    return ExitCodes.Errors;
                }
                finally
                {
                    foreach (var stream in _bulkFiles.Values)
                    {
                        stream.Dispose();
                    }
                }
            }

            private ModuleLoadOptions BuildLoadOptions()
            {
                var options = ModuleLoadOptions.Default.WithAllowForeignModule(force);
                if (bufferMiB != 0)
                {
                    options = options.WithBufferSizeMiB(bufferMiB);
                }

                foreach (var assignment in parameters)
                {
                    var eq = assignment.IndexOf('=');
                    if (eq <= 0)
                    {
                        throw new ArgumentException($"'{assignment}' is not name=value.");
                    }

                    options = options.WithParameter(assignment.Substring(0, eq), assignment.Substring(eq + 1));
                }

                return options;
            }

            private async Task<int> RunAsync(ModuleLoadOptions loadOptions)
            {
                var protocol = protocolNumber == 5 ? TransportProtocol.V5 : TransportProtocol.V4;

                // SIGINT/SIGTERM/SIGHUP stop the session with the STP_EXIT handshake, as in stapio. They are caught
                // before the module is loaded: a signal that arrives during the load must not kill the process and
                // leave the module behind, so it is remembered and turned into a stop request once the client exists.
                var stopper = new SignalStopper();
                using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, stopper.Handle);
                using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, stopper.Handle);
                using var sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, stopper.Handle);
                await using var client = await ModuleClient.LoadAsync(path, protocol, loadOptions, CancellationToken.None);
                stopper.Attach(client);

                var runOptions = ModuleRunOptions.Default.WithTargetPid(targetPid);
                if (allowSystem)
                {
                    runOptions = runOptions.WithSystemCommandHandler(RunShellAsync);
                }

                await using var stdout = outputPath is null ? Console.OpenStandardOutput() : File.Create(outputPath);
                var stderr = Console.Error;
                await foreach (var e in client.RunAsync(runOptions, CancellationToken.None))
                {
                    switch (e)
                    {
                        case ModuleOutputEvent o when o.Record.Cpu >= 0:
                            await WriteOutputAsync(o.Record, stdout);
                            break;
                        case ModuleStartedEvent started:
                            Bulk = started.Mode == TraceOutputMode.Bulk;
                            for (var cpu = 0; Bulk && cpu < started.CpuCount; cpu++)
                            {
                                // stapio creates every per-CPU file, also those that stay empty.
                                BulkFile(cpu);
                            }
                            if (verbose)
                            {
                                stderr.WriteLine($"stapsharp: module {client.ModuleName} started ({started.Mode} mode, {started.CpuCount} CPUs)");
                            }

                            break;
                        case OutOfBandEvent oob:
                            Report(oob, stderr);
                            break;
                        case SystemCommandEvent { Handled: false } system:
                            stderr.WriteLine($"WARNING: system(\"{system.Command}\") ignored; use --allow-system to run it.");
                            break;
                        case SystemCommandEvent { Error: not null } system:
                            stderr.WriteLine($"WARNING: system(\"{system.Command}\") failed: {system.Error}");
                            break;
                        case IgnoredMessageEvent ignored when verbose:
                            stderr.WriteLine($"stapsharp: ignored message of type {ignored.TypeNumber}: {ignored.Reason}");
                            break;
                        case ModuleStoppedEvent stopped:
                            if (stopped.Statistics.SkippedSequences > 0 || (verbose && stopped.Statistics.JunkBytes > 0))
                            {
                                stderr.WriteLine($"WARNING: There were {stopped.Statistics.SkippedSequences} lost messages and {stopped.Statistics.JunkBytes} junk bytes.");
                            }

                            break;
                    }
                }

                await stdout.FlushAsync();
                return _sawError ? ExitCodes.Errors : ExitCodes.Success;
            }

            private bool Bulk { get; set; }

            private void Report(OutOfBandEvent oob, TextWriter stderr)
            {
                switch (oob.Severity)
                {
                    case OutOfBandSeverity.Error:
                        _sawError = true;
                        stderr.Write(oob.Text);
                        break;
                    case OutOfBandSeverity.Warning:
                        // stapio prints each distinct warning once unless verbose.
                        if (!noWarnings && (verbose || (_seenWarnings.Count < 1024 && _seenWarnings.Add(oob.Text))))
                        {
                            stderr.Write(oob.Text);
                        }

                        break;
                    default:
                        stderr.Write(oob.Text);
                        break;
                }

                stderr.Flush();
            }

            private async Task WriteOutputAsync(TraceRecord record, Stream stdout)
            {
                if (!Bulk)
                {
                    await stdout.WriteAsync(record.Payload);
                    await stdout.FlushAsync();
                    return;
                }

                // Bulk mode keeps one file per CPU with the record headers, as stapio does (merge with stap-merge).
                var file = BulkFile(record.Cpu);
                var protocol = protocolNumber == 5 ? TransportProtocol.V5 : TransportProtocol.V4;
                var header = new byte[TraceRecordFormat.GetHeaderSize(protocol)];
                TraceRecordFormat.WriteHeader(protocol, record.Sequence, record.Payload.Length, header);
                await file.WriteAsync(header);
                await file.WriteAsync(record.Payload);
            }

            private Stream BulkFile(int cpu)
            {
                if (!_bulkFiles.TryGetValue(cpu, out var file))
                {
                    var name = outputPath is null
                        ? string.Create(CultureInfo.InvariantCulture, $"stpd_cpu{cpu}")
                        : string.Create(CultureInfo.InvariantCulture, $"{outputPath}_{cpu}");
                    file = File.Create(name);
                    _bulkFiles[cpu] = file;
                }

                return file;
            }

            private static async Task RunShellAsync(string command, CancellationToken cancellationToken)
            {
                // Opt-in only; like stapio, do not wait for the command itself.
                var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
                start.ArgumentList.Add("-c");
                start.ArgumentList.Add(command);
                using var process = Process.Start(start);
                await Task.CompletedTask;
            }
        }
    }
}
