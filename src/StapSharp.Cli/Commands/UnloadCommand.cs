using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using StapSharp.Transport;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// <c>stapsharp unload NAME</c>: removes a SystemTap module left loaded by a client that was killed (SIGKILL,
    /// OOM), as <c>staprun -d</c> does. Only SystemTap modules: the name must be exactly the kernel's name of a loaded
    /// module that has a SystemTap control directory (<c>/proc/systemtap/NAME</c> or its debugfs twin), so a typo
    /// can never remove another driver. Exit code 0 when removed, 1 when the kernel refused, 2 on usage errors.
    /// </summary>
    internal static class UnloadCommand
    {
        private static readonly string[] s_controlRoots = { "/proc/systemtap", "/sys/kernel/debug/systemtap" };

        public static Command Create()
        {
            var name = new Argument<string>("NAME") { Description = "The module name, as /proc/systemtap/NAME shows it." };
            var command = new Command("unload", "Unload a SystemTap module left behind by a killed client.") { name };
            command.SetAction(result => Run(result.GetValue(name)!));
            return command;
        }

        private static int Run(string name)
        {
            if (ProcessIdentity.SetuidError("unload") is { } setuid)
            {
                Console.Error.WriteLine(setuid);
                return ExitCodes.UsageOrIo;
            }

            if (!KernelModuleNames.IsValid(name))
            {
                Console.Error.WriteLine($"ERROR: '{name}' is not a module name (1-{TransportLimits.MaxKernelModuleNameLength} letters, digits or _).");
                return ExitCodes.UsageOrIo;
            }

            if (!Directory.Exists(Path.Combine("/sys/module", name)))
            {
                Console.Error.WriteLine($"ERROR: no module '{name}' is loaded.");
                return ExitCodes.UsageOrIo;
            }

            if (!Array.Exists(s_controlRoots, root => Directory.Exists(Path.Combine(root, name))))
            {
                Console.Error.WriteLine($"ERROR: '{name}' is not a SystemTap module (no /proc/systemtap/{name}); refusing to unload it.");
                return ExitCodes.UsageOrIo;
            }

            try
            {
                bool removed = new LinuxModuleHost().UnloadModuleAsync(name, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                Console.Error.WriteLine(removed ? $"stapsharp: module {name} unloaded." : $"stapsharp: module {name} was already gone.");
                return ExitCodes.Success;
            }
            catch (ModuleLoadException ex)
            {
                Console.Error.WriteLine($"ERROR: {ex.Message}");
                return ExitCodes.Errors;
            }
        }
    }
}
