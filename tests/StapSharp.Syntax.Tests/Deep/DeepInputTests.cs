using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using StapSharp.Diagnostics;
using StapSharp.Semantics;

namespace StapSharp.Syntax.Tests.Deep
{
    /// <summary>
    /// Deep and long inputs go through every syntax and semantic pass without a stack overflow, on a thread whose
    /// stack is far too small for them: parse, diagnostics, binding, the built-in analyzers, the normalizer
    /// (<c>stapsharp fmt</c>), a walker, a rewriter and <c>ToFullString</c>. Limits stap 4.8 has: see <see cref="DeepScripts"/>.
    /// </summary>
    public class DeepInputTests
    {
        [Theory]
        [MemberData(nameof(DeepScripts.NestedThousandLevels), MemberType = typeof(DeepScripts))]
        public void ThousandLevelsOfNestingPassEverySyntaxAndSemanticPass(string shape, string text)
            => DeepScripts.OnSmallStack(() => AssertEveryPass(shape, text));

        [Theory]
        [MemberData(nameof(DeepScripts.ChainsOfTwentyThousand), MemberType = typeof(DeepScripts))]
        public void TwentyThousandTermChainsPassEverySyntaxAndSemanticPass(string shape, string text)
            => DeepScripts.OnSmallStack(() => AssertEveryPass(shape, text));

        [Fact]
        public void FiftyThousandNestedParenthesesParseAndBind()
        {
            // Ten times what stap 4.8's parser survives (it crashes near 5,100).
            var (_, text) = DeepScripts.Nested(50_000).First(s => s.Shape == "parentheses");
            DeepScripts.OnSmallStack(() =>
            {
                var tree = StapSyntaxTree.ParseText(text, path: "deep.stp");
                Assert.Empty(tree.GetDiagnostics());
                var compilation = StapCompilation.Create(new[] { tree });
                Assert.DoesNotContain(compilation.GetSemanticDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
                Assert.Equal(text, tree.GetRoot().ToFullString());
            });
        }

        [Fact]
        public void NestingPastTheLimitIsOneDiagnosticNotACrash()
        {
            int depth = LanguageParser.MaxNestingDepth + 10;
            string text = "probe begin { x = " + new string('(', depth) + "1" + new string(')', depth) + " }";
            DeepScripts.OnSmallStack(() =>
            {
                var tree = StapSyntaxTree.ParseText(text, path: "too-deep.stp");
                var diagnostic = Assert.Single(tree.GetDiagnostics(), d => d.Id == "STP1032");
                Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
                Assert.Equal(text, tree.GetRoot().ToFullString());
            });
        }

        private static void AssertEveryPass(string shape, string text)
        {
            var tree = StapSyntaxTree.ParseText(text, path: "deep.stp");
            var root = tree.GetRoot();
            Assert.True(!tree.GetDiagnostics().Any(), shape + ": " + string.Join("\n", tree.GetDiagnostics().Take(3)));
            Assert.Equal(text, root.ToFullString());

            var compilation = StapCompilation.Create(new[] { tree });
            var errors = compilation.GetSemanticDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, shape + ": " + string.Join("\n", errors.Take(3)));
            StapAnalysis.RunAsync(compilation, StapAnalysis.BuiltInAnalyzers).GetAwaiter().GetResult();

            var counter = new NodeCounter();
            counter.Visit(root);
            Assert.Equal(root.DescendantNodesAndSelf().Count(), counter.Count);
            Assert.Same(root, new IdentityRewriter().Visit(root));

            // fmt: the normalized text parses without errors to a tree that normalizes to itself.
            string formatted = root.NormalizeWhitespace().ToFullString();
            var reparsed = StapSyntaxTree.ParseText(formatted, path: "deep.stp");
            Assert.Empty(reparsed.GetDiagnostics());
            Assert.Equal(formatted, reparsed.GetRoot().NormalizeWhitespace().ToFullString());
        }

        private sealed class NodeCounter : StapSyntaxWalker
        {
            public int Count { get; private set; }

            public override void Visit(StapSyntaxNode? node)
            {
                if (node != null) Count++;
                base.Visit(node);
            }
        }

        private sealed class IdentityRewriter : StapSyntaxRewriter
        {
        }
    }
}
