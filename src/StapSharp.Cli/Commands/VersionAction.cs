using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// <c>stapsharp --version</c>: the version of this assembly (with the commit it was built from). System.CommandLine's
    /// own action prints the entry assembly's, which is the test host's when the tests run the command in-process.
    /// </summary>
    internal sealed class VersionAction : SynchronousCommandLineAction
    {
        public static string Version =>
            typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(VersionAction).Assembly.GetName().Version?.ToString()
            ?? "unknown";

        public override int Invoke(ParseResult parseResult)
        {
            Console.Out.WriteLine(Version);
            return ExitCodes.Success;
        }
    }
}
