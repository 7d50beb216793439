using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Cli.Commands
{
    /// <summary>
    /// <c>stapsharp check [options] FILE... | - | -e SCRIPT</c>: parses each file, binds it as one script (unless it has syntax errors
    /// or is a library file), runs the built-in analyzers and any <c>--analyzer</c> assemblies, and prints every
    /// diagnostic as text (like <c>parse</c>), JSON or SARIF 2.1.0. Exit code 0 without errors, 1 with errors (warnings
    /// count with <c>--warnaserror</c>), 2 on usage or I/O errors.
    /// </summary>
    internal static class CheckCommand
    {
        public static Command Create()
        {
            var common = new CommonOptions();
            var check = new CheckOptions();
            var command = new Command("check", "Parse, bind and analyze SystemTap scripts; report diagnostics as text, JSON or SARIF.");
            common.AddTo(command);
            check.AddTo(command);
            command.SetAction(result => Run(result, common, check));
            return command;
        }

        private static int Run(System.CommandLine.ParseResult result, CommonOptions common, CheckOptions check)
        {
            var parseOptions = common.BuildParseOptions(result, out string? error);
            var analysisOptions = parseOptions == null ? null : check.BuildAnalysisOptions(result, out error);
            if (parseOptions == null || analysisOptions == null)
            {
                Console.Error.WriteLine(error);
                return ExitCodes.UsageOrIo;
            }
            var custom = CheckAnalyzerLoader.Load(result.GetValue(check.Analyzers) ?? Array.Empty<string>(), out error);
            if (error != null)
            {
                Console.Error.WriteLine(error);
                return ExitCodes.UsageOrIo;
            }
            var analyzers = StapAnalysis.BuiltInAnalyzers.AddRange(custom);

            var includeDirectories = common.IncludeDirectoriesOf(result);
            var compilationOptions = StapCompilationOptions.Default
                .WithParseOptions(parseOptions)
                .WithGuruMode(parseOptions.GuruMode)
                .WithUseTapsets(!result.GetValue(check.NoTapsets))
                .WithTapsetSearchPaths(StapCompilationOptions.Default.TapsetSearchPaths.AddRange(includeDirectories))
                .WithTapsetIndexCacheDirectory(UserCacheDirectory.TapsetIndex);
            var inputs = common.InputsOf(result, out error);
            if (inputs == null)
            {
                Console.Error.WriteLine(error);
                return ExitCodes.UsageOrIo;
            }
            var loader = new ScriptLoader(parseOptions, includeDirectories);
            var results = new CheckFileResult[inputs.Count];
            Parallel.For(0, inputs.Count, i => results[i] = CheckFile(inputs[i], loader, compilationOptions, analyzers, analysisOptions));

            var stdout = Console.Out;
            switch (result.GetValue(check.Format))
            {
                case "json":
                    CheckJsonWriter.Write(results, stdout);
                    break;
                case "sarif":
                    SarifLogWriter.Write(results, analyzers, stdout);
                    break;
                default:
                    bool stapStyle = result.GetValue(check.StapStyle);
                    foreach (var file in results)
                        if (file.IoError == null) DiagnosticPrinter.Print(file.Diagnostics, stapStyle, stdout);
                    break;
            }

            foreach (var file in results)
                if (file.IoError != null) Console.Error.WriteLine(file.IoError);
            if (results.Any(file => file.IoError != null)) return ExitCodes.UsageOrIo;
            return results.Any(file => file.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) ? ExitCodes.Errors : ExitCodes.Success;
        }

        private static CheckFileResult CheckFile(ScriptInput input, ScriptLoader loader, StapCompilationOptions compilationOptions, ImmutableArray<StapAnalyzer> analyzers, AnalysisOptions analysisOptions)
        {
            string path = input.Name;
            var tree = loader.Load(input, out string? ioError, CancellationToken.None);
            if (tree == null) return new CheckFileResult(path, ImmutableArray<Diagnostic>.Empty, ioError);

            var diagnostics = new List<Diagnostic>(tree.GetDiagnostics());
            bool bind = tree.Options.Kind == StapSourceKind.Script && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            var compilation = bind ? StapCompilation.Create(new[] { tree }, compilationOptions.WithParseOptions(tree.Options)) : null;
            if (compilation != null) diagnostics.AddRange(compilation.GetSemanticDiagnostics());

            var analyzerDiagnostics = compilation != null
                ? StapAnalysis.RunAsync(compilation, analyzers, analysisOptions).GetAwaiter().GetResult()
                : StapAnalysis.RunAsync(new[] { tree }, analyzers, analysisOptions).GetAwaiter().GetResult();
            var configured = StapAnalysis.ApplyOptions(diagnostics, new[] { tree }, analysisOptions).AddRange(analyzerDiagnostics);
            return new CheckFileResult(path, configured.Sort(CompareDiagnostics), null);
        }

        private static int CompareDiagnostics(Diagnostic x, Diagnostic y)
        {
            int c = x.Location.SourceSpan.Start.CompareTo(y.Location.SourceSpan.Start);
            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
