using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using StapSharp.Semantics;
using StapSharp.Syntax;
using StapSharp.Syntax.Tests.Deep;

namespace StapSharp.Codegen.Tests.Deep
{
    /// <summary>
    /// Deep and long scripts are lowered and emitted (what <c>stapsharp build --no-make</c> does) without a stack
    /// overflow, on a thread whose stack is far too small for them, and the C text stays proportional to the script.
    /// </summary>
    public class DeepInputCodegenTests
    {
        [Theory]
        [MemberData(nameof(DeepScripts.NestedThousandLevels), MemberType = typeof(DeepScripts))]
        public void ThousandLevelsOfNestingAreLoweredAndEmitted(string shape, string text)
            => DeepScripts.OnSmallStack(() => AssertGenerated(shape, text));

        [Theory]
        [MemberData(nameof(DeepScripts.ChainsOfTwentyThousand), MemberType = typeof(DeepScripts))]
        public void TwentyThousandTermChainsAreLoweredAndEmitted(string shape, string text)
            => DeepScripts.OnSmallStack(() => AssertGenerated(shape, text));

        private static void AssertGenerated(string shape, string text)
        {
            var tree = StapSyntaxTree.ParseText(text, path: "deep.stp");
            var compilation = StapCompilation.Create(new[] { tree });
            GeneratedModule module = ModuleGenerator.Generate(compilation, new ModuleGeneratorOptions { ModuleName = "deep" });
            var errors = module.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, shape + ": " + string.Join("\n", errors.Take(3)));
            string c = module.GetFile(module.SourceFileName)!.Text;
            // Indentation and expression text are bounded per level, so the C grows linearly with the script.
            Assert.True(c.Length < 400 * text.Length + 200_000, $"{shape}: {c.Length} characters of C for a {text.Length}-character script");
        }
    }
}
