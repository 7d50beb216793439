using System;
using System.CommandLine;
using StapSharp.Cli.Commands;

namespace StapSharp.Cli
{
    /// <summary>Entry point of the <c>stapsharp</c> command.</summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            var root = new RootCommand("StapSharp: parse, format, check, build and run SystemTap scripts.");
            var color = new Option<string>("--color")
            {
                Description = "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always or never.",
                HelpName = "auto|always|never",
                Recursive = true,
                DefaultValueFactory = _ => "auto",
            };
            color.AcceptOnlyFromAmong("auto", "always", "never");
            root.Options.Add(color);
            foreach (var option in root.Options)
                if (option is VersionOption) option.Action = new VersionAction();
            foreach (var command in CommandCatalog.All())
                root.Subcommands.Add(command);
            var result = root.Parse(args);
            // Usage errors exit with 2, like a compiler's, so scripts can tell them from bad input (1).
            // An unknown option first: it also explains the parser's own complaints about the tokens after it.
            if (result.Action is not System.CommandLine.Help.HelpAction && UnknownOptions.Find(result) is string unknown)
            {
                string command = result.CommandResult.Command.Name;
                Console.Error.WriteLine($"stapsharp: error: unknown option '{unknown}' (see 'stapsharp {command} --help'; a file whose name starts with - goes after --, as in 'stapsharp {command} -- {unknown}')");
                return ExitCodes.UsageOrIo;
            }
            if (result.Errors.Count > 0 && result.Action is not System.CommandLine.Help.HelpAction)
            {
                foreach (var error in result.Errors)
                    Console.Error.WriteLine($"stapsharp: error: {error.Message}");
                return ExitCodes.UsageOrIo;
            }
            ConsoleColoring.TryParse(result.GetValue(color), out ColorMode mode);
            ConsoleColoring.Mode = mode;
            DiagnosticSources.Clear();
            return result.Invoke();
        }
    }
}
