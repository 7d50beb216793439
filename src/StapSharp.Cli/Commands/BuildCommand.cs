using System;
using System.CommandLine;
using System.Threading;
using StapSharp.Syntax;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// <c>stapsharp build FILE... | - | -e SCRIPT [-o DIR] [-m NAME] [-r KVER] [-D NAME=VALUE] [--no-make] [-g]</c>: parses,
    /// binds, lowers and generates the module's C and Kbuild into DIR (default <c>./stapsharp-out/NAME</c>), then builds it
    /// with kbuild for the target kernel (<see cref="KernelTarget"/>: -r, else the running kernel, else the newest
    /// installed build tree), printing progress to stderr and the .ko path to stdout. With <c>--no-make</c> it writes the
    /// files only and prints their folder. Exit code 0 on success, 1 when the script has errors or no .ko was built (no
    /// build tree, kbuild failed; stdout then stays empty), 2 on usage or I/O errors. Never loads the module.
    /// </summary>
    internal static class BuildCommand
    {
        public static Command Create()
        {
            var common = new CommonOptions();
            var output = new Option<string?>("-o", "--output") { Description = "Directory for the generated files and the module (default ./stapsharp-out/NAME).", HelpName = "DIR" };
            var name = new Option<string?>("-m", "--module") { Description = "Module name (default stap_ + the script's name).", HelpName = "NAME" };
            var noMake = new Option<bool>("--no-make") { Description = "Only write the C and Kbuild files; do not run make." };
            var stapStyle = new Option<bool>("--stap-style") { Description = "Print diagnostics as path:line:col: like stap." };
            var defines = DefineOption.Create();
            var command = new Command("build", "Compile SystemTap scripts into a kernel module (.ko) without loading it.");
            common.AddTo(command);
            command.Options.Add(output);
            command.Options.Add(name);
            command.Options.Add(noMake);
            command.Options.Add(stapStyle);
            command.Options.Add(defines);
            command.SetAction((result, cancellationToken) => System.Threading.Tasks.Task.FromResult(
                Run(result, common, result.GetValue(defines), result.GetValue(output), result.GetValue(name), result.GetValue(noMake), result.GetValue(stapStyle), cancellationToken)));
            return command;
        }

        private static int Run(ParseResult result, CommonOptions common, string[]? defines, string? outputDirectory, string? moduleName, bool noMake, bool stapStyle, CancellationToken cancellationToken)
        {
            // A .ko needs a kernel build tree; C and Kbuild alone do not (then the pure defaults decide conditionals).
            KernelTarget? target = common.ResolveKernel(result, out string? problem);
            if (target is null && !noMake)
            {
                Console.Error.WriteLine($"stapsharp: error: {problem}");
                return ExitCodes.Errors;
            }
            StapParseOptions? parseOptions = target is null ? common.BuildParseOptions(result, out string? error) : common.BuildParseOptions(result, target, out error);
            if (parseOptions is null)
            {
                Console.Error.WriteLine(error);
                return ExitCodes.UsageOrIo;
            }

            var checkedDefines = DefineOption.Validate(defines, out error);
            var inputs = checkedDefines.IsDefault ? null : common.InputsOf(result, out error);
            if (inputs is null)
            {
                Console.Error.WriteLine(error);
                return ExitCodes.UsageOrIo;
            }

            var request = new ScriptModuleBuild(parseOptions, target, common.IncludeDirectoriesOf(result), stapStyle, common.IsVerbose(result)) { Defines = checkedDefines };
            int exit = request.Build(inputs, outputDirectory, moduleName, noMake, cancellationToken, out string? produced);
            if (produced != null)
                Console.Out.WriteLine(produced);
            return exit;
        }
    }
}
