using System;
using System.Collections.Generic;
using System.CommandLine;
using StapSharp.Syntax;

namespace StapSharp.Cli.Commands
{
    internal sealed partial class CommonOptions
    {
        /// <summary>
        /// Turns the command line into parse options for a command that can work without kernel headers (parse, fmt,
        /// check): the target kernel's release, architecture and .config when one is found, the pure defaults
        /// otherwise (with a warning when -r names a release that is not installed). Returns null and a message for bad values.
        /// </summary>
        public StapParseOptions? BuildParseOptions(ParseResult result, out string? error)
        {
            KernelTarget? target = ResolveKernel(result, out string? problem);
            string? release = result.GetValue(KernelRelease);
            if (target is null && release != null)
                Console.Error.WriteLine($"stapsharp: warning: {problem}; CONFIG_ conditionals read as unset");
            else if (target is null && IsVerbose(result))
                Console.Error.WriteLine($"stapsharp: {problem}; using kernel {StapParseOptions.DefaultKernelRelease} with no .config");
            return BuildParseOptions(result, target, out error);
        }

        /// <summary>Turns the command line into parse options for <paramref name="target"/> (or the pure defaults when null).</summary>
        public StapParseOptions? BuildParseOptions(ParseResult result, KernelTarget? target, out string? error)
        {
            error = null;
            var options = StapParseOptions.Default.WithGuruMode(result.GetValue(Guru));
            string? release = result.GetValue(KernelRelease);
            if (target != null)
                options = options.WithKernelTarget(target);
            else if (release != null)
                options = options.WithKernelRelease(release);
            string? compatible = result.GetValue(Compatible);
            if (compatible != null)
            {
                if (!Version.TryParse(compatible.Contains(".") ? compatible : compatible + ".0", out var version))
                {
                    error = $"stapsharp: error: invalid --compatible value '{compatible}' (expected a version such as 4.8)";
                    return null;
                }
                options = options.WithLanguageVersion(version);
            }
            string? arch = result.GetValue(Arch);
            if (arch != null) options = options.WithArchitecture(arch);
            string[] args = result.GetValue(Args) ?? Array.Empty<string>();
            if (args.Length > 0 || result.GetValue(StrictArgs))
                options = options.WithArguments(args);

            return WithLibraryMacros(options, IncludeDirectoriesOf(result));
        }

        /// <summary>
        /// The target kernel: -r when given, else the running kernel when its build tree is installed, else the newest
        /// installed one. Null, with the reason in <paramref name="problem"/>, when there is none. With -v the target is
        /// printed, and a target without a .config is always warned about (its CONFIG_ conditionals read as unset).
        /// </summary>
        public KernelTarget? ResolveKernel(ParseResult result, out string? problem)
        {
            if (!KernelTarget.TryDetect(result.GetValue(KernelRelease), out KernelTarget? target, out problem))
                return null;
            if (IsVerbose(result))
                Console.Error.WriteLine("stapsharp: target " + target);
            if (target!.ConfigPath is null)
                Console.Error.WriteLine($"stapsharp: warning: {target.BuildTree} has no .config; CONFIG_ conditionals read as unset");
            return target;
        }

        public bool IsVerbose(ParseResult result) => result.GetValue(Verbose);

        /// <summary>
        /// Adds the library macros (.stpm) of the installed tapset and the -I directories, so that
        /// conditionals and macro invocations in scripts resolve as stap's would.
        /// </summary>
        public static StapParseOptions WithLibraryMacros(StapParseOptions options, IReadOnlyList<string> includeDirectories)
        {
            MacroLibrary macros = MacroLibrary.LoadTapsetDirectory(ScriptLoader.DefaultTapsetDirectory, options);
            if (includeDirectories.Count > 0)
            {
                var files = new List<string>();
                foreach (var dir in includeDirectories)
                    files.AddRange(MacroLibrary.LoadTapsetDirectory(dir, options).Files);
                files.AddRange(macros.Files);
                macros = MacroLibrary.LoadFiles(files, options);
            }
            return macros.Names.Count == 0 ? options : options.WithLibraryMacros(macros);
        }

        public IReadOnlyList<string> IncludeDirectoriesOf(ParseResult result) =>
            result.GetValue(IncludeDirs) ?? Array.Empty<string>();
    }
}
