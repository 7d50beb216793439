using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using StapSharp.Codegen.Ir;
using StapSharp.Codegen.Lowering;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Tests.Lowering.Golden
{
    /// <summary>
    /// Golden tests of the lowering: each script of <see cref="GoldenCases"/> is bound and lowered as ModuleGenerator
    /// does it, dumped with <see cref="IrDumper"/> (plus the lowering's diagnostics) and compared with
    /// <c>Golden/Expected/KIND.ir</c>. The expected files were reviewed by hand against what each script means.
    /// To rewrite them after a deliberate change of the lowering or the dump format, run
    /// <c>STAPSHARP_UPDATE_GOLDEN=1 dotnet test tests/StapSharp.Codegen.Tests --filter FullyQualifiedName~Golden</c>,
    /// then read the diff of every changed file before committing it: a blessed wrong lowering is a hidden bug.
    /// </summary>
    public sealed class GoldenLoweringTests
    {
        private const string ScriptPath = "golden.stp";

        public static TheoryData<string> Kinds()
        {
            var data = new TheoryData<string>();
            foreach (GoldenCase golden in GoldenCases.All)
                data.Add(golden.Kind);
            return data;
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void Lowering_matches_the_reviewed_dump(string kind)
        {
            GoldenCase golden = GoldenCases.All.Single(c => c.Kind == kind);
            StapCompilation compilation = Compile(golden);
            Assert.Contains(Enum.Parse<BoundKind>(kind), BoundKindCollector.Collect(compilation.GetBoundProgram(), ScriptPath));

            string actual = Dump(golden, Lowerer.Lower(compilation));
            string expectedPath = Path.Combine(ExpectedDirectory(), kind + ".ir");
            if (Environment.GetEnvironmentVariable("STAPSHARP_UPDATE_GOLDEN") == "1")
                File.WriteAllText(expectedPath, actual);
            Assert.True(File.Exists(expectedPath), "no expected dump " + expectedPath + " (see the class comment to create it)");
            Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
        }

        [Fact]
        public void Every_bound_kind_has_a_golden_case_or_a_stated_reason()
        {
            var covered = GoldenCases.All.Select(c => Enum.Parse<BoundKind>(c.Kind)).ToHashSet();
            string[] missing = Enum.GetValues<BoundKind>()
                .Where(k => !covered.Contains(k) && !GoldenCases.Excluded.ContainsKey(k))
                .Select(k => k.ToString())
                .ToArray();
            Assert.True(missing.Length == 0, "bound kinds without a golden lowering case: " + string.Join(", ", missing));
            Assert.Equal(GoldenCases.All.Count, GoldenCases.All.Select(c => c.Kind).Distinct().Count());
        }

        private static StapCompilation Compile(GoldenCase golden)
        {
            StapParseOptions parseOptions = StapParseOptions.Default.WithGuruMode(golden.Guru).WithArguments(golden.Arguments);
            var tree = StapSyntaxTree.ParseText(golden.Script, parseOptions, path: ScriptPath);
            StapCompilationOptions options = StapCompilationOptions.Default.WithGuruMode(golden.Guru).WithParseOptions(parseOptions);
            return StapCompilation.Create(new[] { tree }, options);
        }

        /// <summary>The script, the IR (when the lowering produced a module) and the diagnostics, one file per kind.</summary>
        private static string Dump(GoldenCase golden, Lowerer.Result result)
        {
            var text = new StringBuilder();
            foreach (string line in golden.Script.TrimEnd('\n').Split('\n'))
                text.Append("// ").Append(line).Append('\n');
            if (golden.Arguments is not null)
                text.Append("// arguments: ").Append(string.Join(" ", golden.Arguments)).Append('\n');
            if (result.Module is not null)
                text.Append(IrDumper.Dump(result.Module));
            else
                text.Append("no module\n");
            foreach (Diagnostic diagnostic in result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
                text.Append("diagnostic ").Append(diagnostic.ToString()).Append('\n');
            return text.ToString();
        }

        private static string ExpectedDirectory([CallerFilePath] string thisFile = "") =>
            Path.Combine(Path.GetDirectoryName(thisFile)!, "Expected");
    }
}
