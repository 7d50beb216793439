using System;
using System.CommandLine;
using System.Threading;
using StapSharp.Syntax;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// <c>stapsharp build FILE... | - | -e SCRIPT [-o DIR] [-m NAME] [-r KVER] [-D NAME=VALUE] [--no-make] [-g]</c>: parses, binds, lowers and generates the
    /// module's C and Kbuild into DIR (default <c>./stapsharp-out/NAME</c>), then builds it with kbuild against
    /// <c>/lib/modules/KVER/build</c>, printing progress to stderr and the .ko path to stdout. Without kernel headers
    /// (or with <c>--no-make</c>) it writes the files and prints how to build them. Exit code 0 on success, 1 when the
    /// script or the build has errors, 2 on usage or I/O errors. Never loads the module.
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
            StapParseOptions? parseOptions = common.BuildParseOptions(result, out string? error);
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

            var request = new ScriptModuleBuild(parseOptions, common.IncludeDirectoriesOf(result), stapStyle) { Defines = checkedDefines };
            int exit = request.Build(inputs, outputDirectory, moduleName, noMake, cancellationToken, out string? produced);
            if (produced != null)
                Console.Out.WriteLine(produced);
            return exit;
        }
    }
}
