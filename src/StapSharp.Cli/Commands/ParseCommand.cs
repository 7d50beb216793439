using System;
using System.CommandLine;
using System.IO;
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
            // Each worker turns its tree into the text to print and drops the tree: keeping hundreds of trees
            // alive until the end made every collection copy them (a quarter of the run's CPU went to the GC).
            var outputs = new FileOutput[files.Length];
            int[] order = LargestFirst(files);
            Parallel.For(0, order.Length, k => outputs[order[k]] = ParseOne(loader, files[order[k]], dump, stapStyle));

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
        private static int[] LargestFirst(string[] files)
        {
            var sizes = new long[files.Length];
            var order = new int[files.Length];
            for (int i = 0; i < files.Length; i++)
            {
                order[i] = i;
                try
                {
                    sizes[i] = new FileInfo(files[i]).Length;
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
                {
                    sizes[i] = 0; // reported when the file is read
                }
            }
            Array.Sort(order, (a, b) => sizes[b] != sizes[a] ? sizes[b].CompareTo(sizes[a]) : a.CompareTo(b));
            return order;
        }

        private static FileOutput ParseOne(ScriptLoader loader, string path, bool dump, bool stapStyle)
        {
            var tree = loader.Load(path, out string? ioError, CancellationToken.None);
            if (tree == null) return new FileOutput(ioError, string.Empty, hasErrors: false);
            var text = new StringWriter();
            bool hasErrors = DiagnosticPrinter.Print(tree.GetDiagnostics(), stapStyle, text);
            if (dump)
            {
                text.WriteLine($"// {path}");
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
