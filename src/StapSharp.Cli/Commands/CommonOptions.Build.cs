using System;
using System.Collections.Generic;
using System.CommandLine;
using StapSharp.Syntax;

namespace StapSharp.Cli.Commands
{
    internal sealed partial class CommonOptions
    {
        /// <summary>Turns the command line into parse options; returns null and a message for bad values.</summary>
        public StapParseOptions? BuildParseOptions(System.CommandLine.ParseResult result, out string? error)
        {
            error = null;
            var options = StapParseOptions.Default.WithGuruMode(result.GetValue(Guru));
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
            string? release = result.GetValue(KernelRelease);
            if (release != null) options = options.WithKernelRelease(release);
            string? arch = result.GetValue(Arch);
            if (arch != null) options = options.WithArchitecture(arch);
            string[] args = result.GetValue(Args) ?? Array.Empty<string>();
            if (args.Length > 0 || result.GetValue(StrictArgs))
                options = options.WithArguments(args);

            return WithLibraryMacros(options, IncludeDirectoriesOf(result));
        }

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

        public IReadOnlyList<string> IncludeDirectoriesOf(System.CommandLine.ParseResult result) =>
            result.GetValue(IncludeDirs) ?? Array.Empty<string>();
    }
}
