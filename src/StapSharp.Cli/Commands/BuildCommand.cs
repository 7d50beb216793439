using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using StapSharp.Codegen;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// <c>stapsharp build FILE [-o DIR] [-m NAME] [-r KVER] [--no-make] [-g]</c>: parses, binds, lowers and generates the
    /// module's C and Kbuild into DIR (default <c>./stapsharp-out/NAME</c>), then builds it with kbuild against
    /// <c>/lib/modules/KVER/build</c>, printing progress to stderr and the .ko path to stdout. Without kernel headers
    /// (or with <c>--no-make</c>) it writes the files and prints how to build them. Exit code 0 on success, 1 when the
    /// script or the build has errors, 2 on usage or I/O errors. Never loads the module.
    /// </summary>
    internal static class BuildCommand
    {
        public static Command Create()
        {
            var common = new CommonOptions();
            var output = new Option<string?>("-o", "--output") { Description = "Directory for the generated files and the module (default ./stapsharp-out/NAME).", HelpName = "DIR" };
            var name = new Option<string?>("-m", "--module") { Description = "Module name (default stap_ + the script's name).", HelpName = "NAME" };
            var noMake = new Option<bool>("--no-make") { Description = "Only write the C and Kbuild files; do not run make." };
            var stapStyle = new Option<bool>("--stap-style") { Description = "Print diagnostics as path:line:col: like stap." };
            var command = new Command("build", "Compile SystemTap scripts into a kernel module (.ko) without loading it.");
            common.AddTo(command);
            command.Options.Add(output);
            command.Options.Add(name);
            command.Options.Add(noMake);
            command.Options.Add(stapStyle);
            command.SetAction((result, cancellationToken) => System.Threading.Tasks.Task.FromResult(
                Run(result, common, result.GetValue(output), result.GetValue(name), result.GetValue(noMake), result.GetValue(stapStyle), cancellationToken)));
            return command;
        }

        private static int Run(ParseResult result, CommonOptions common, string? outputDirectory, string? moduleName, bool noMake, bool stapStyle, CancellationToken cancellationToken)
        {
            StapParseOptions? parseOptions = common.BuildParseOptions(result, out string? error);
            if (parseOptions is null)
            {
                Console.Error.WriteLine(error);
                return ExitCodes.UsageOrIo;
            }

            string[] files = result.GetValue(common.Files) ?? Array.Empty<string>();
            var loader = new ScriptLoader(parseOptions, common.IncludeDirectoriesOf(result));
            var trees = new StapSyntaxTree[files.Length];
            for (int i = 0; i < files.Length; i++)
            {
                StapSyntaxTree? tree = loader.Load(files[i], out string? ioError, cancellationToken);
                if (tree is null)
                {
                    Console.Error.WriteLine(ioError);
                    return ExitCodes.UsageOrIo;
                }

                trees[i] = tree;
            }

            moduleName ??= DefaultModuleName(files[0]);
            if (!ModuleGenerator.IsValidModuleName(moduleName))
            {
                Console.Error.WriteLine($"stapsharp: error: invalid module name '{moduleName}' (letters, digits and _, at most {ModuleGenerator.MaxModuleNameLength} characters, not starting with a digit)");
                return ExitCodes.UsageOrIo;
            }

            var compilationOptions = StapCompilationOptions.Default
                .WithParseOptions(parseOptions)
                .WithGuruMode(parseOptions.GuruMode)
                .WithTapsetSearchPaths(StapCompilationOptions.Default.TapsetSearchPaths.Concat(common.IncludeDirectoriesOf(result)));
            StapCompilation compilation = StapCompilation.Create(trees, compilationOptions);
            string buildTree = "/lib/modules/" + parseOptions.KernelRelease + "/build";
            var generatorOptions = new ModuleGeneratorOptions { ModuleName = moduleName, KernelBuildTree = buildTree, GuruMode = parseOptions.GuruMode };
            GeneratedModule generated = ModuleGenerator.Generate(compilation, generatorOptions, cancellationToken);
            bool hasErrors = DiagnosticPrinter.Print(generated.Diagnostics, stapStyle, Console.Error);
            if (hasErrors || !generated.Success)
                return ExitCodes.Errors;

            string directory = Path.GetFullPath(outputDirectory ?? Path.Combine("stapsharp-out", moduleName));
            bool canMake = File.Exists(Path.Combine(buildTree, "Makefile"));
            if (noMake || !canMake)
            {
                if (!WriteFiles(generated, directory))
                    return ExitCodes.UsageOrIo;
                if (!canMake && !noMake)
                    Console.Error.WriteLine($"stapsharp: no kernel build tree at {buildTree} (install linux-headers-{parseOptions.KernelRelease}); wrote the sources only.");
                Console.Error.WriteLine($"wrote {generated.Files.Length} files to {directory}");
                Console.Error.WriteLine("to build the module: stapsharp build again without --no-make, which also writes stapconf_export.h from the kernel's Module.symvers, then runs:");
                Console.Error.WriteLine($"  make -C {buildTree} M={directory} modules CONFIG_DEBUG_INFO= CONFIG_DEBUG_INFO_BTF_MODULES= ARCH=x86_64");
                Console.Out.WriteLine(directory);
                return ExitCodes.Success;
            }

            var builder = new ModuleBuilder(ModuleBuildOptions.Default.WithKernelBuildTree(buildTree));
            ModuleBuildResult build;
            try
            {
                build = builder.BuildAsync(generated, directory, new Progress(), cancellationToken).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"stapsharp: error: {e.Message}");
                return ExitCodes.UsageOrIo;
            }

            DiagnosticPrinter.Print(build.Diagnostics, stapStyle, Console.Error);
            if (!build.Success)
                return ExitCodes.Errors;
            Console.Out.WriteLine(build.ModulePath);
            return ExitCodes.Success;
        }

        private static bool WriteFiles(GeneratedModule generated, string directory)
        {
            try
            {
                Directory.CreateDirectory(directory);
                foreach (GeneratedFile file in generated.Files)
                    File.WriteAllText(Path.Combine(directory, file.RelativePath), file.Text);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"stapsharp: error: cannot write {directory}: {e.Message}");
                return false;
            }
        }

        /// <summary>stap names modules <c>stap_</c> + a hash; a readable name derived from the script is kinder.</summary>
        private static string DefaultModuleName(string path)
        {
            string stem = Path.GetFileNameWithoutExtension(path);
            var name = new string(stem.Select(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? c : '_').ToArray());
            name = "stap_" + name;
            return name.Length <= ModuleGenerator.MaxModuleNameLength ? name : name.Substring(0, ModuleGenerator.MaxModuleNameLength);
        }

        /// <summary>kbuild progress lines go to stderr so stdout carries only the module path.</summary>
        private sealed class Progress : IProgress<string>
        {
            public void Report(string value) => Console.Error.WriteLine(value);
        }
    }
}
