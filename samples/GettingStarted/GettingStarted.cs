// The code of docs/getting-started.md. Each step of the article is one region of this file, copied into the article
// verbatim; tests/StapSharp.Codegen.Tests/GettingStartedTests.cs compiles this file, runs the steps that can run
// without loading a module, and fails when the article's code blocks and this file differ.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using StapSharp.Codegen;
using StapSharp.Diagnostics;
using StapSharp.Semantics;
using StapSharp.Syntax;
using StapSharp.Transport;

namespace StapSharp.Samples
{
    // <step1>
    public static class Step1Parse
    {
        public const string Script = """
            global reads
            probe timer.ms(1) { reads++ }
            probe timer.s(1) { printf("%d ticks\n", reads); exit() }
            """;

        public static StapSyntaxTree Parse()
        {
            StapSyntaxTree tree = StapSyntaxTree.ParseText(Script, path: "ticks.stp");
            foreach (Diagnostic diagnostic in tree.GetDiagnostics())
                Console.Error.WriteLine(diagnostic);          // ticks.stp(2,7): error STP1003: ...
            foreach (ProbeDeclarationSyntax probe in tree.GetRoot().DescendantNodes().OfType<ProbeDeclarationSyntax>())
                Console.WriteLine(probe.ProbePoints.ToString().Trim());   // timer.ms(1), then timer.s(1)
            return tree;
        }
    }
    // </step1>

    // <step2>
    /// <summary>ACME100: a <c>timer.ms</c> probe that fires more often than every 10 ms costs more than it tells.</summary>
    public sealed class FastTimerAnalyzer : StapAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new(
            "ACME100", "Timer probe fires too often", "'{0}' fires every {1} ms; 10 ms or more is usually enough",
            "Performance", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSyntaxNodeAction(ctx =>
            {
                var point = (ProbePointSyntax)ctx.Node;
                var names = point.Components.OfType<ProbePointComponentSyntax>().ToList();
                if (names.Count == 2 && NameOf(names[0]) == "timer" && NameOf(names[1]) == "ms"
                    && names[1].Argument?.Value is LiteralExpressionSyntax literal
                    && long.TryParse(literal.ToString().Trim(), out long interval) && interval < 10)
                    ctx.ReportDiagnostic(Diagnostic.Create(Rule, point.GetLocation(), point.ToString().Trim(), interval));
            }, SyntaxKind.ProbePoint);

        private static string NameOf(ProbePointComponentSyntax component) =>
            string.Concat(component.NameTokens.Select(t => t.Text));
    }

    public static class Step2Check
    {
        public static async Task<ImmutableArray<Diagnostic>> CheckAsync(StapSyntaxTree tree, CancellationToken ct)
        {
            // The compilation binds the script against the installed tapsets (found like stap does).
            StapCompilation compilation = StapCompilation.Create([tree]);
            ImmutableArray<StapAnalyzer> analyzers = StapAnalysis.BuiltInAnalyzers.Add(new FastTimerAnalyzer());
            // The compilation's own diagnostics (parse and binding, STP0xxx-STP2xxx), then the analyzers' (STP5xxx, ACME100).
            ImmutableArray<Diagnostic> diagnostics = compilation.GetDiagnostics(ct)
                .AddRange(await StapAnalysis.RunAsync(compilation, analyzers, cancellationToken: ct));
            foreach (Diagnostic diagnostic in diagnostics)
                Console.Error.WriteLine(diagnostic);          // ticks.stp(2,7): warning ACME100: 'timer.ms(1)' fires every 1 ms; ...
            return diagnostics;
        }
    }
    // </step2>

    // <step3>
    public static class Step3Build
    {
        public static GeneratedModule Generate(StapSyntaxTree tree)
        {
            StapCompilation compilation = StapCompilation.Create([tree]);
            GeneratedModule module = ModuleGenerator.Generate(compilation, new ModuleGeneratorOptions { ModuleName = "stap_ticks" });
            foreach (Diagnostic diagnostic in module.Diagnostics)
                Console.Error.WriteLine(diagnostic);
            return module;                                    // module.Files: stap_ticks_src.c, Kbuild, ... (nothing written yet)
        }

        public static async Task<ModuleBuildResult> BuildAsync(GeneratedModule module, string directory, CancellationToken ct)
        {
            // Builds against the running kernel's headers (or the newest installed ones) with the installed runtime.
            var builder = new ModuleBuilder(ModuleBuildOptions.Default);
            ModuleBuildResult result = await builder.BuildAsync(module, directory, new Progress<string>(Console.Error.WriteLine), ct);
            Console.WriteLine(result.Success ? result.ModulePath : "build failed");   // .../stap_ticks.ko
            return result;
        }
    }
    // </step3>

    // <step4>
    public static class Step4Run
    {
        /// <summary>Loads the module (root only; never on a machine you cannot afford to crash) and prints its output.</summary>
        public static async Task<ModuleStopReason> RunAsync(string modulePath, TextWriter output, CancellationToken ct)
        {
            // SystemTap 4.x runtimes (Debian 12 ships 4.8) speak protocol V4; 5.x runtimes V5.
            await using ModuleClient client = await ModuleClient.LoadAsync(modulePath, TransportProtocol.V4, ModuleLoadOptions.Default, ct);
            await foreach (ModuleEvent e in client.RunAsync(ModuleRunOptions.Default, ct))
            {
                switch (e)
                {
                    case ModuleOutputEvent o: output.Write(System.Text.Encoding.UTF8.GetString(o.Record.Payload.ToArray())); break;
                    case OutOfBandEvent m: Console.Error.Write(m.Text); break;
                    case ModuleStoppedEvent s: return s.Reason;   // the script called exit()
                }
            }
            return ModuleStopReason.Cancelled;
        }
    }
    // </step4>
}
