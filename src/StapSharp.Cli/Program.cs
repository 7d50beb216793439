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
            return root.Parse(args).Invoke();
        }
    }
}
