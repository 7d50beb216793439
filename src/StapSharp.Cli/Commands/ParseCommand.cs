using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using StapSharp.Syntax;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// <c>stapsharp parse [options] FILE... | - | -e SCRIPT</c>: parses every file (in parallel), prints every
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
            var inputs = common.InputsOf(result, out error);
            if (inputs == null)
            {
                Console.Error.WriteLine(error);
                return ExitCodes.UsageOrIo;
            }
            var loader = new ScriptLoader(options, common.IncludeDirectoriesOf(result));
            bool color = ConsoleColoring.ForStdout;
            // Each worker turns its tree into the text to print and drops the tree: keeping hundreds of trees
            // alive until the end made every collection copy them (a quarter of the run's CPU went to the GC).
            var outputs = new FileOutput[inputs.Count];
            int[] order = LargestFirst(inputs);
            Parallel.For(0, order.Length, k => outputs[order[k]] = ParseOne(loader, inputs[order[k]], dump, stapStyle, color));

            int exit = ExitCodes.Success;
            var stdout = Console.Out;
            foreach (var output in outputs)
            {
                if (output.IoError != null)
                {
                    Console.Error.WriteLine(output.IoError);
                    exit = ExitCodes.UsageOrIo;
                    continue;
                }
                stdout.Write(output.Text);
                if (output.HasErrors && exit == ExitCodes.Success)
                    exit = ExitCodes.Errors;
            }
            return exit;
        }

        /// <summary>
        /// File indices, largest file first: a large file taken last kept one core busy alone at the end of a run.
        /// (The output stays in command-line order.)
        /// </summary>
        private static int[] LargestFirst(IReadOnlyList<ScriptInput> inputs)
        {
            var sizes = new long[inputs.Count];
            var order = new int[inputs.Count];
            for (int i = 0; i < inputs.Count; i++)
            {
                order[i] = i;
                sizes[i] = inputs[i].Size;
            }
            Array.Sort(order, (a, b) => sizes[b] != sizes[a] ? sizes[b].CompareTo(sizes[a]) : a.CompareTo(b));
            return order;
        }

        private static FileOutput ParseOne(ScriptLoader loader, ScriptInput input, bool dump, bool stapStyle, bool color)
        {
            var tree = loader.Load(input, out string? ioError, CancellationToken.None);
            if (tree == null) return new FileOutput(ioError, string.Empty, hasErrors: false);
            var text = new StringWriter();
            bool hasErrors = DiagnosticPrinter.Print(tree.GetDiagnostics(), stapStyle, text, color);
            if (dump)
            {
                text.WriteLine($"// {input.Name}");
                TreeDumper.Dump(tree.GetRoot(), text);
            }
            return new FileOutput(null, text.ToString(), hasErrors);
        }

        /// <summary>What one file contributes: an I/O error, or its printed diagnostics (and tree) and whether any is an error.</summary>
        private readonly struct FileOutput
        {
            public FileOutput(string? ioError, string text, bool hasErrors)
            {
                IoError = ioError;
                Text = text;
                HasErrors = hasErrors;
            }

            public string? IoError { get; }
            public string Text { get; }
            public bool HasErrors { get; }
        }
    }
}
