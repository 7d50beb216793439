using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using StapSharp.Syntax;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// <c>stapsharp parse [options] FILE...</c>: parses every file (in parallel), prints every
    /// diagnostic as <c>path(line,col): error STPnnnn: message</c> in file order, optionally the tree.
    /// Exit code 0 when no file has an error, 1 when any has, 2 on usage or I/O errors.
    /// </summary>
    internal static class ParseCommand
    {
        public static Command Create()
        {
            var common = new CommonOptions();
            var dump = new Option<bool>("--dump") { Description = "Print the syntax tree of each file." };
            var stapStyle = new Option<bool>("--stap-style") { Description = "Print diagnostics as path:line:col: like stap." };
            var command = new Command("parse", "Parse SystemTap scripts and report every syntax error.");
            common.AddTo(command);
            command.Options.Add(dump);
            command.Options.Add(stapStyle);
            command.SetAction(result => Run(result, common, result.GetValue(dump), result.GetValue(stapStyle)));
            return command;
        }

        private static int Run(System.CommandLine.ParseResult result, CommonOptions common, bool dump, bool stapStyle)
        {
            var options = common.BuildParseOptions(result, out string? error);
            if (options == null)
            {
                Console.Error.WriteLine(error);
                return ExitCodes.UsageOrIo;
            }
            var loader = new ScriptLoader(options, common.IncludeDirectoriesOf(result));
            string[] files = result.GetValue(common.Files) ?? Array.Empty<string>();
            var trees = new StapSyntaxTree?[files.Length];
            var ioErrors = new string?[files.Length];
            Parallel.For(0, files.Length, i => trees[i] = loader.Load(files[i], out ioErrors[i], CancellationToken.None));

            int exit = ExitCodes.Success;
            var stdout = Console.Out;
            for (int i = 0; i < files.Length; i++)
            {
                if (ioErrors[i] != null)
                {
                    Console.Error.WriteLine(ioErrors[i]);
                    exit = ExitCodes.UsageOrIo;
                    continue;
                }
                var tree = trees[i]!;
                if (DiagnosticPrinter.Print(tree.GetDiagnostics(), stapStyle, stdout) && exit == ExitCodes.Success)
                    exit = ExitCodes.Errors;
                if (dump)
                {
                    stdout.WriteLine($"// {files[i]}");
                    TreeDumper.Dump(tree.GetRoot(), stdout);
                }
            }
            return exit;
        }
    }
}
