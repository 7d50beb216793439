using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using StapSharp.Syntax;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// <c>stapsharp fmt [--check | --write] FILE... | - | -e SCRIPT</c>: prints each script in the normalised layout
    /// (comments kept, meaning unchanged). A file with syntax errors is not formatted: its
    /// diagnostics are printed instead. <c>--check</c> exits 1 when a file is not formatted.
    /// </summary>
    internal static class FormatCommand
    {
        public static Command Create()
        {
            var common = new CommonOptions();
            var check = new Option<bool>("--check") { Description = "Print nothing; exit 1 when a file is not formatted." };
            var write = new Option<bool>("--write", "-w") { Description = "Rewrite the files in place." };
            var command = new Command("fmt", "Print SystemTap scripts in the normalised layout.");
            common.AddTo(command);
            command.Options.Add(check);
            command.Options.Add(write);
            command.SetAction(result => Run(result, common, result.GetValue(check), result.GetValue(write)));
            return command;
        }

        private static int Run(System.CommandLine.ParseResult result, CommonOptions common, bool check, bool write)
        {
            var options = common.BuildParseOptions(result, out string? error);
            if (options == null)
            {
                Console.Error.WriteLine(error);
                return ExitCodes.UsageOrIo;
            }
            var inputs = common.InputsOf(result, out error);
            if (inputs == null)
            {
                Console.Error.WriteLine(error);
                return ExitCodes.UsageOrIo;
            }
            if (write && inputs.Any(input => !input.IsFile))
            {
                Console.Error.WriteLine("stapsharp: error: --write rewrites files; a script from -e or standard input has none");
                return ExitCodes.UsageOrIo;
            }
            var loader = new ScriptLoader(options, common.IncludeDirectoriesOf(result));
            int exit = ExitCodes.Success;
            foreach (var input in inputs)
            {
                string file = input.Name;
                var tree = loader.Load(input, out string? ioError, CancellationToken.None);
                if (tree == null)
                {
                    Console.Error.WriteLine(ioError);
                    exit = ExitCodes.UsageOrIo;
                    continue;
                }
                if (DiagnosticPrinter.Print(tree.GetDiagnostics(), stapStyle: false, Console.Error))
                {
                    exit = Math.Max(exit, ExitCodes.Errors);
                    continue;
                }
                string original = tree.GetRoot().ToFullString();
                string formatted = tree.GetRoot().NormalizeWhitespace().ToFullString();
                if (check)
                {
                    if (formatted != original)
                    {
                        Console.WriteLine($"{file}: not formatted");
                        exit = Math.Max(exit, ExitCodes.Errors);
                    }
                }
                else if (write)
                {
                    if (formatted != original) File.WriteAllText(file, formatted);
                }
                else
                {
                    Console.Write(formatted);
                }
            }
            return exit;
        }
    }
}
