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
            foreach (var command in CommandCatalog.All())
                root.Subcommands.Add(command);
            var result = root.Parse(args);
            if (result.Errors.Count > 0 && result.Action is not System.CommandLine.Help.HelpAction)
            {
                // Usage errors exit with 2, like a compiler's, so scripts can tell them from bad input (1).
                foreach (var error in result.Errors)
                    Console.Error.WriteLine($"stapsharp: error: {error.Message}");
                return ExitCodes.UsageOrIo;
            }
            return result.Invoke();
        }
    }
}
