using System.Collections.Generic;
using System.CommandLine;

namespace StapSharp.Cli.Commands
{
    /// <summary>The list of subcommands; each command lives in its own file and adds one line here.</summary>
    internal static class CommandCatalog
    {
        public static IEnumerable<Command> All()
        {
            yield return ParseCommand.Create();
            yield return CheckCommand.Create();
            yield return FormatCommand.Create();
            yield return BuildCommand.Create();
            yield return RunCommand.Create();
            yield return KernelCommand.Create();
            yield return UnloadCommand.Create();
        }
    }
}
