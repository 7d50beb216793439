using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using StapSharp.Codegen.Ir;
using StapSharp.Codegen.Lowering;
using StapSharp.Semantics;
using StapSharp.Syntax;

namespace StapSharp.Codegen.Tests.Lowering
{
    /// <summary>Compiles script text and lowers it, for the lowering tests.</summary>
    internal static class LoweringTestHelpers
    {
        public static string VmScriptsDirectory => Path.Combine(QemuRunTests.RepositoryRoot(), "tests", "vm-scripts");

        public static StapCompilation Compile(string text, string path = "test.stp")
        {
            var tree = StapSyntaxTree.ParseText(text, path: path);
            return StapCompilation.Create(new[] { tree });
        }

        public static Lowerer.Result Lower(string text) => Lowerer.Lower(Compile(text));

        public static IrModule LowerOrFail(string text)
        {
            Lowerer.Result result = Lower(text);
            Assert.True(result.Module is not null, string.Join("\n", result.Diagnostics));
            return result.Module!;
        }

        public static string[] ErrorIds(Lowerer.Result result) =>
            result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToArray();

        public static IrStatement[] Statements(IrProbe probe) => probe.Body.Statements.ToArray();
    }
}
