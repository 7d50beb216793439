using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;

namespace StapSharp.Cli.Commands
{
    /// <summary>The options stap users know (-g, --compatible, -r, --arch, -I, arguments), shared by the commands.</summary>
    internal sealed partial class CommonOptions
    {
        public Option<bool> Guru { get; } = new("--guru", "-g") { Description = "Guru mode: allow embedded C and other privileged constructs." };
        public Option<string?> Compatible { get; } = new("--compatible") { Description = "Language level, as stap's --compatible=VERSION (default 4.8)." };
        public Option<string?> KernelRelease { get; } = new("--kernel-release", "-r") { Description = "Target kernel release, whose /lib/modules/RELEASE/build is used (default: the running kernel when its headers are installed, else the newest installed build tree).", HelpName = "RELEASE" };
        public Option<string?> Arch { get; } = new("--arch") { Description = "Architecture used by preprocessor conditionals (default: the target kernel's)." };
        public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Print the target kernel (release, build tree, arch, config) and, for build, the compiler's own output." };
        public Option<string[]> IncludeDirs { get; } = new("-I") { Description = "Tapset/macro directory; files below it are parsed as library files.", AllowMultipleArgumentsPerToken = false };
        public Option<string[]> Args { get; } = new("--arg") { Description = "A script argument ($1/@1, $2/@2, ...); repeat for more." };
        public Option<bool> StrictArgs { get; } = new("--strict-args") { Description = "No script arguments: a reference to $1/@1... is an error, as in stap." };
        public Option<string?> Script { get; } = new("-e") { Description = "The script itself, given on the command line, as stap -e (diagnostics name it <input>).", HelpName = "SCRIPT" };
        public Argument<string[]> Files { get; } = new("FILE")
        {
            Description = "SystemTap scripts (.stp) or macro files (.stpm); - reads a script from standard input (<stdin>). A file whose name starts with - goes after --.",
            Arity = ArgumentArity.ZeroOrMore,
        };

        public void AddTo(Command command)
        {
            command.Options.Add(Guru);
            command.Options.Add(Compatible);
            command.Options.Add(KernelRelease);
            command.Options.Add(Arch);
            command.Options.Add(Verbose);
            command.Options.Add(IncludeDirs);
            command.Options.Add(Args);
            command.Options.Add(StrictArgs);
            command.Options.Add(Script);
            command.Arguments.Add(Files);
        }

        /// <summary>
        /// The scripts to work on: <c>-e SCRIPT</c> first, then the FILE arguments in order (<c>-</c> is standard
        /// input, read here, at most once). Null and a usage message when there is none or stdin is named twice.
        /// </summary>
        public IReadOnlyList<ScriptInput>? InputsOf(System.CommandLine.ParseResult result, out string? error)
        {
            error = null;
            var inputs = new List<ScriptInput>();
            string? script = result.GetValue(Script);
            if (script != null) inputs.Add(ScriptInput.FromCommandLine(script));
            bool readStdin = false;
            foreach (string file in result.GetValue(Files) ?? Array.Empty<string>())
            {
                if (file != "-")
                {
                    inputs.Add(ScriptInput.FromFile(file));
                    continue;
                }
                if (readStdin)
                {
                    error = "stapsharp: error: - (standard input) can be given only once";
                    return null;
                }
                readStdin = true;
                inputs.Add(ScriptInput.FromStdin(Console.In));
            }
            if (inputs.Count == 0)
            {
                error = "stapsharp: error: no script given: name a FILE, - for standard input, or -e SCRIPT";
                return null;
            }
            foreach (var input in inputs)
                DiagnosticSources.Remember(input);
            return inputs;
        }
    }
}
