using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
        private readonly KernelTarget? _target;
        private readonly IReadOnlyList<string> _includeDirectories;
        private readonly bool _stapStyle;
        private readonly bool _verbose;

        /// <param name="parseOptions">Options for the scripts (built for <paramref name="target"/> when there is one).</param>
        /// <param name="target">The kernel to build for; null only with --no-make, when no build tree is installed.</param>
        /// <param name="includeDirectories">-I directories.</param>
        /// <param name="stapStyle">Diagnostics as path:line:col:.</param>
        /// <param name="verbose">Show every line of kbuild's output, not just the progress lines.</param>
        public ScriptModuleBuild(StapParseOptions parseOptions, KernelTarget? target, IReadOnlyList<string> includeDirectories, bool stapStyle, bool verbose)
        {
            _parseOptions = parseOptions;
            _target = target;
            _includeDirectories = includeDirectories;
            _stapStyle = stapStyle;
            _verbose = verbose;
        }

        /// <summary>The <c>-D NAME[=VALUE]</c> definitions for the module's C compilation (checked by the caller).</summary>
        public ImmutableArray<string> Defines { get; init; } = ImmutableArray<string>.Empty;

        /// <summary>
        /// Builds the module. <paramref name="produced"/> is the .ko path, or the source directory with
        /// <paramref name="noMake"/>; null on failure (then the exit code is not 0).
        /// </summary>
        public int Build(IReadOnlyList<ScriptInput> inputs, string? outputDirectory, string? moduleName, bool noMake, CancellationToken cancellationToken, out string? produced)
        {
            produced = null;
            var loader = new ScriptLoader(_parseOptions, _includeDirectories);
            var trees = new StapSyntaxTree[inputs.Count];
            for (int i = 0; i < inputs.Count; i++)
            {
                StapSyntaxTree? tree = loader.Load(inputs[i], out string? ioError, cancellationToken);
                if (tree is null)
                {
                    Console.Error.WriteLine(ioError);
                    return ExitCodes.UsageOrIo;
                }

                trees[i] = tree;
            }

            moduleName ??= DefaultModuleName(inputs[0].Stem);
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
            var generatorOptions = new ModuleGeneratorOptions { ModuleName = moduleName, GuruMode = _parseOptions.GuruMode };
            generatorOptions = generatorOptions.WithDefines(Defines);
            GeneratedModule generated = ModuleGenerator.Generate(compilation, generatorOptions, cancellationToken);
            bool hasErrors = DiagnosticPrinter.Print(generated.Diagnostics, _stapStyle, Console.Error);
            if (hasErrors || !generated.Success)
                return ExitCodes.Errors;

            string directory = Path.GetFullPath(outputDirectory ?? Path.Combine("stapsharp-out", moduleName));
            if (noMake || _target is null)
            {
                if (!WriteFiles(generated, directory))
                    return ExitCodes.UsageOrIo;
                Console.Error.WriteLine($"wrote {generated.Files.Length} files to {directory}");
                if (_target != null)
                {
                    Console.Error.WriteLine("to build the module: stapsharp build again without --no-make, which also writes stapconf_export.h from the kernel's Module.symvers, then runs:");
                    Console.Error.WriteLine($"  make -C {_target.BuildTree} M={directory} modules CONFIG_DEBUG_INFO= CONFIG_DEBUG_INFO_BTF_MODULES= ARCH={_target.Architecture}");
                }
                produced = directory;
                return ExitCodes.Success;
            }

            var builder = new ModuleBuilder(ModuleBuildOptions.ForKernel(_target));
            ModuleBuildResult build;
            using (var progress = new BuildProgress(_verbose, Console.Error))
            {
                try
                {
                    build = builder.BuildAsync(generated, directory, progress, cancellationToken).GetAwaiter().GetResult();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"stapsharp: error: {e.Message}");
                    return ExitCodes.UsageOrIo;
                }
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
        private static string DefaultModuleName(string stem)
        {
            var name = new string(stem.Select(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? c : '_').ToArray());
            name = "stap_" + name;
            return name.Length <= ModuleGenerator.MaxModuleNameLength ? name : name.Substring(0, ModuleGenerator.MaxModuleNameLength);
        }

    }
}
