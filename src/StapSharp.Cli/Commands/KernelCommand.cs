using System;
using System.CommandLine;
using StapSharp.Syntax;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// <c>stapsharp kernel [-r RELEASE] [--release] [--list]</c>: which kernel <c>build</c> targets and why (the same
    /// <see cref="KernelTarget"/> discovery every command uses), so that scripts and users need not guess an ABI.
    /// Exit code 0, or 1 when no build tree is installed (or -r names one that is not).
    /// </summary>
    internal static class KernelCommand
    {
        public static Command Create()
        {
            var release = new Option<string?>("--kernel-release", "-r") { Description = "Check this release instead of detecting one.", HelpName = "RELEASE" };
            var releaseOnly = new Option<bool>("--release") { Description = "Print only the release (for scripts)." };
            var list = new Option<bool>("--list") { Description = "List every installed build tree, oldest first; the one detection picks is marked with *." };
            var command = new Command("kernel", "Show the target kernel: release, architecture, build tree and .config.") { release, releaseOnly, list };
            command.SetAction(result => Run(result.GetValue(release), result.GetValue(releaseOnly), result.GetValue(list)));
            return command;
        }

        private static int Run(string? release, bool releaseOnly, bool list)
        {
            bool found = KernelTarget.TryDetect(release, out KernelTarget? target, out string? problem);
            if (list)
            {
                foreach (string installed in KernelTarget.InstalledReleases(KernelTarget.DefaultModulesDirectory))
                    Console.Out.WriteLine((found && installed == target!.Release ? "* " : "  ") + installed);
            }
            if (!found)
            {
                Console.Error.WriteLine($"stapsharp: error: {problem}");
                return ExitCodes.Errors;
            }
            if (!list)
                Console.Out.WriteLine(releaseOnly ? target!.Release : target!.ToString());
            return ExitCodes.Success;
        }
    }
}
