using System.Linq;
using StapSharp.Syntax;

namespace StapSharp.Syntax.Tests.Preprocessor
{
    /// <summary>
    /// Where an inactive branch ends. stap skips it token by token, so a <c>%)</c> inside a string, a comment or
    /// embedded C does not end it, while <c>$#</c> and <c>@#</c> are arguments, not comments. The lexer finds the
    /// branch's end by searching for the few characters that matter; these cases pin that search to stap's rules.
    /// </summary>
    public class DisabledTextTests
    {
        /// <summary>An always-false condition, the inactive text, then the end of the conditional and an active probe.</summary>
        private static string Inactive(string branch) => "%( arch == \"none\" %?\n" + branch + "%)\nprobe end {}\n";

        [Theory]
        [InlineData(" probe a { print(\"%)\") } ")]
        [InlineData(" # %) in a hash comment\n")]
        [InlineData(" // %) in a line comment\n")]
        [InlineData(" /* %) in a block\n comment */ ")]
        [InlineData(" %{ /* embedded */ %) %} ")]
        [InlineData(" %( arch == \"x\" %? a %: b %) nested ")]
        [InlineData(" x = $# ")]
        [InlineData(" x = @# ")]
        [InlineData(" x = 1$# ")]
        [InlineData(" x /= 2; y %= 3; z = a/b % c ")]
        [InlineData(" \"unterminated %) string\n")]
        [InlineData(" a$$b = \"\\\"%)\" ")]
        public void TheBranchEndsAtTheFirstDirectiveOutsideStringsCommentsAndEmbeddedCode(string branch)
        {
            string text = Inactive(branch);
            var tree = StapSyntaxTree.ParseText(text, PreprocessorTestHelpers.Options);

            Assert.Equal(text, tree.GetRoot().ToFullString());
            var disabled = Assert.Single(tree.GetRoot().DescendantTrivia(), t => t.Kind == SyntaxKind.DisabledTextTrivia);
            Assert.Equal(branch, disabled.ToFullString());
            Assert.Equal(new[] { "probe", "end", "{", "}" }, tree.GetRoot().DescendantTokens().Where(t => t.Width > 0).Select(t => t.Text));
        }

        [Theory]
        // The $ belongs to the word a$, so the # starts a comment that hides the first %).
        [InlineData(" x = a$# %) hidden\n", " x = a$# %) hidden\n")]
        // $$ is one token, so here too the # is a comment.
        [InlineData(" x = $$# %) hidden\n", " x = $$# %) hidden\n")]
        public void AHashAfterADollarInsideAWordStartsAComment(string firstLine, string expectedStart)
        {
            string text = "%( arch == \"none\" %?\n" + firstLine + " y %)\nprobe end {}\n";
            var tree = StapSyntaxTree.ParseText(text, PreprocessorTestHelpers.Options);

            Assert.Equal(text, tree.GetRoot().ToFullString());
            var disabled = Assert.Single(tree.GetRoot().DescendantTrivia(), t => t.Kind == SyntaxKind.DisabledTextTrivia);
            Assert.Equal(expectedStart + " y ", disabled.ToFullString());
        }

        [Fact]
        public void AnElseWithoutItsOpeningIsReportedInsideTheBranch()
        {
            string text = Inactive(" a %? b ");
            var tree = StapSyntaxTree.ParseText(text, PreprocessorTestHelpers.Options);

            var diagnostic = Assert.Single(tree.GetDiagnostics());
            Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Equal(text.IndexOf("%? b", System.StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
        }

        [Fact]
        public void AnUnclosedBranchRunsToTheEndOfTheText()
        {
            string text = "%( arch == \"none\" %?\n probe a { \"%)\" } # %)\n";
            var tree = StapSyntaxTree.ParseText(text, PreprocessorTestHelpers.Options);

            Assert.Equal(text, tree.GetRoot().ToFullString());
            var disabled = Assert.Single(tree.GetRoot().DescendantTrivia(), t => t.Kind == SyntaxKind.DisabledTextTrivia);
            Assert.Equal(" probe a { \"%)\" } # %)\n", disabled.ToFullString());
        }
    }
}
