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
        public Argument<string[]> Files { get; } = new("FILE") { Description = "SystemTap scripts (.stp) or macro files (.stpm).", Arity = ArgumentArity.OneOrMore };

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
            command.Arguments.Add(Files);
        }
    }
}
