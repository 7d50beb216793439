using System;
using System.Linq;
using StapSharp.Diagnostics;
using StapSharp.Syntax;

namespace StapSharp.Syntax.Tests.Preprocessor
{
    /// <summary>Directives and lexer diagnostics seen through the public tree API.</summary>
    public class DirectiveTreeIntegrationTests
    {
        [Fact]
        public void LexerDiagnosticsInsideDirectivesSurfaceWithTheirLocation()
        {
            string text = "probe begin {}\n%( foo == 1 %?\nprobe end {}\n%)\n";
            var tree = StapSyntaxTree.ParseText(text, PreprocessorTestHelpers.Options, "t.stp");
            Assert.Equal(text, tree.GetRoot().ToFullString());
            var d = Assert.Single(tree.GetDiagnostics());
            Assert.Equal("STP0035", d.Id);
            var span = d.Location.GetLineSpan();
            Assert.Equal(1, span.StartLinePosition.Line);
            Assert.Equal(3, span.StartLinePosition.Character);
            Assert.StartsWith("expected 'arch', 'kernel_v'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void DirectiveTriviaIsReachableFromTheTree()
        {
            string text = "%( arch == \"x86_64\" %?\nprobe a {}\n%:\nprobe b {}\n%)\n";
            var tree = StapSyntaxTree.ParseText(text, PreprocessorTestHelpers.Options);
            Assert.Equal(text, tree.GetRoot().ToFullString());
            Assert.Empty(tree.GetDiagnostics());
            var kinds = tree.GetRoot().DescendantTrivia().Where(t => t.IsDirective).Select(t => t.Kind).ToArray();
            Assert.Equal(new[] { SyntaxKind.ActiveConditionalDirectiveTrivia, SyntaxKind.InactiveElseDirectiveTrivia, SyntaxKind.EndDirectiveTrivia }, kinds);
            var directive = (ConditionalDirectiveTriviaSyntax)tree.GetRoot().DescendantTrivia().First(t => t.IsDirective).GetStructure()!;
            var comparison = Assert.IsType<PreprocessorComparisonSyntax>(directive.Condition);
            Assert.Equal("arch", comparison.Left.Text);
            Assert.Equal("\"x86_64\"", comparison.Right.Text);
            Assert.Contains(tree.GetRoot().DescendantTrivia(), t => t.Kind == SyntaxKind.DisabledTextTrivia && t.ToFullString() == "probe b {}\n");
        }

        [Fact]
        public void EveryLexerErrorCodeHasAMessage()
        {
            foreach (ErrorCode code in Enum.GetValues(typeof(ErrorCode)))
            {
                if ((int)code <= 0 || (int)code >= 1000) continue;
                Assert.True(DiagnosticMessages.HasMessage(code), code.ToString());
            }
        }
    }
}
