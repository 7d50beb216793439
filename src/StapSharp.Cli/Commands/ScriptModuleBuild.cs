using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using StapSharp.Codegen;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// Script files → kernel module: parse, bind, lower, generate C and Kbuild, then kbuild. Shared by
    /// <c>stapsharp build</c> and <c>stapsharp run FILE.stp</c>. Diagnostics and progress go to stderr.
    /// </summary>
    internal sealed class ScriptModuleBuild
    {
        private readonly StapParseOptions _parseOptions;
        private readonly IReadOnlyList<string> _includeDirectories;
        private readonly bool _stapStyle;

        public ScriptModuleBuild(StapParseOptions parseOptions, IReadOnlyList<string> includeDirectories, bool stapStyle)
        {
            _parseOptions = parseOptions;
            _includeDirectories = includeDirectories;
            _stapStyle = stapStyle;
        }

        /// <summary>
        /// Builds the module. <paramref name="produced"/> is the .ko path, or the source directory when
        /// make did not run (<paramref name="noMake"/> or no kernel build tree); null on failure.
        /// </summary>
        public int Build(string[] files, string? outputDirectory, string? moduleName, bool noMake, CancellationToken cancellationToken, out string? produced)
        {
            produced = null;
            var loader = new ScriptLoader(_parseOptions, _includeDirectories);
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
                .WithParseOptions(_parseOptions)
                .WithGuruMode(_parseOptions.GuruMode)
                .WithTapsetSearchPaths(StapCompilationOptions.Default.TapsetSearchPaths.Concat(_includeDirectories))
                .WithTapsetIndexCacheDirectory(UserCacheDirectory.TapsetIndex);
            StapCompilation compilation = StapCompilation.Create(trees, compilationOptions);
            string buildTree = "/lib/modules/" + _parseOptions.KernelRelease + "/build";
            var generatorOptions = new ModuleGeneratorOptions { ModuleName = moduleName, KernelBuildTree = buildTree, GuruMode = _parseOptions.GuruMode };
            GeneratedModule generated = ModuleGenerator.Generate(compilation, generatorOptions, cancellationToken);
            bool hasErrors = DiagnosticPrinter.Print(generated.Diagnostics, _stapStyle, Console.Error);
            if (hasErrors || !generated.Success)
                return ExitCodes.Errors;

            string directory = Path.GetFullPath(outputDirectory ?? Path.Combine("stapsharp-out", moduleName));
            bool canMake = File.Exists(Path.Combine(buildTree, "Makefile"));
            if (noMake || !canMake)
            {
                if (!WriteFiles(generated, directory))
                    return ExitCodes.UsageOrIo;
                if (!canMake && !noMake)
                    Console.Error.WriteLine($"stapsharp: no kernel build tree at {buildTree} (install linux-headers-{_parseOptions.KernelRelease}); wrote the sources only.");
                Console.Error.WriteLine($"wrote {generated.Files.Length} files to {directory}");
                Console.Error.WriteLine("to build the module: stapsharp build again without --no-make, which also writes stapconf_export.h from the kernel's Module.symvers, then runs:");
                Console.Error.WriteLine($"  make -C {buildTree} M={directory} modules CONFIG_DEBUG_INFO= CONFIG_DEBUG_INFO_BTF_MODULES= ARCH=x86_64");
                produced = directory;
                return ExitCodes.Success;
            }

            var builder = new ModuleBuilder(ModuleBuildOptions.Default.WithKernelBuildTree(buildTree));
            ModuleBuildResult build;
            try
            {
                build = builder.BuildAsync(generated, directory, new StderrProgress(), cancellationToken).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"stapsharp: error: {e.Message}");
                return ExitCodes.UsageOrIo;
            }

            DiagnosticPrinter.Print(build.Diagnostics, _stapStyle, Console.Error);
            if (!build.Success)
                return ExitCodes.Errors;
            produced = build.ModulePath;
            return ExitCodes.Success;
        }

        private bool WriteFiles(GeneratedModule generated, string directory)
        {
            try
            {
                // The same private-folder and no-symlink rules as a full build (ModuleBuilder).
                var problems = ModuleBuilder.WriteFiles(generated, directory);
                DiagnosticPrinter.Print(problems, _stapStyle, Console.Error);
                return problems.IsEmpty;
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
        private sealed class StderrProgress : IProgress<string>
        {
            public void Report(string value) => Console.Error.WriteLine(value);
        }
    }
}
