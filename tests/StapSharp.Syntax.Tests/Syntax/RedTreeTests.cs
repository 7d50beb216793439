using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace StapSharp.Syntax.Tests.Syntax
{
    public class RedTreeTests
    {
        [Theory]
        [InlineData(TreeSamples.Script)]
        [InlineData(TreeSamples.WithErrors)]
        [InlineData("")]
        [InlineData("   # only a comment")]
        public void TokensAndTriviaCoverTheTextContiguously(string text)
        {
            var root = StapSyntaxTree.ParseText(text).GetRoot();
            Assert.Equal(text, root.ToFullString());

            int position = 0;
            var rebuilt = new StringBuilder();
            foreach (var token in root.DescendantTokens())
            {
                Assert.Equal(position, token.Position);
                foreach (var trivia in token.LeadingTrivia) { Assert.Equal(position, trivia.Position); position += trivia.FullWidth; rebuilt.Append(trivia.ToFullString()); }
                Assert.Equal(position, token.SpanStart);
                position += token.Width;
                rebuilt.Append(token.Text);
                foreach (var trivia in token.TrailingTrivia) { Assert.Equal(position, trivia.Position); position += trivia.FullWidth; rebuilt.Append(trivia.ToFullString()); }
                Assert.Equal(position, token.FullSpan.End);
            }
            Assert.Equal(text.Length, position);
            Assert.Equal(text, rebuilt.ToString());
        }

        [Fact]
        public void ChildrenKnowTheirParentAndLieInsideIt()
        {
            var root = StapSyntaxTree.ParseText(TreeSamples.Script).GetRoot();
            foreach (var node in root.DescendantNodesAndSelf())
            {
                int position = node.Position;
                foreach (var child in node.ChildNodesAndTokens())
                {
                    Assert.Same(node, child.Parent);
                    Assert.Equal(position, child.FullSpan.Start);
                    position = child.FullSpan.End;
                }
                Assert.Equal(node.FullSpan.End, position);
                Assert.Equal(node.ToFullString(), TreeSamples.Script.Substring(node.FullSpan.Start, node.FullSpan.Length));
                Assert.Equal(node.ToString(), TreeSamples.Script.Substring(node.Span.Start, node.Span.Length));
            }
        }

        [Fact]
        public void NextAndPreviousTokenWalkTheTokensInOrder()
        {
            var root = StapSyntaxTree.ParseText(TreeSamples.Script).GetRoot();
            var tokens = root.DescendantTokens().ToList();
            for (int i = 0; i + 1 < tokens.Count; i++)
            {
                Assert.Equal(tokens[i + 1], tokens[i].GetNextToken(includeZeroWidth: true));
                Assert.Equal(tokens[i], tokens[i + 1].GetPreviousToken(includeZeroWidth: true));
            }
            Assert.Equal(default, tokens[^1].GetNextToken(includeZeroWidth: true));
            Assert.Equal(tokens[0], root.GetFirstToken());
            Assert.Equal(SyntaxKind.CloseBraceToken, root.GetLastToken().Kind);
            Assert.Equal(SyntaxKind.EndOfFileToken, root.GetLastToken(includeZeroWidth: true).Kind);
        }

        [Fact]
        public void FindTokenReturnsTheTokenAtEveryPosition()
        {
            var root = StapSyntaxTree.ParseText(TreeSamples.Script).GetRoot();
            foreach (var token in root.DescendantTokens())
                for (int p = token.FullSpan.Start; p < token.FullSpan.End; p++)
                    Assert.Equal(token, root.FindToken(p));
            Assert.Equal(SyntaxKind.EndOfFileToken, root.FindToken(TreeSamples.Script.Length).Kind);
        }

        [Fact]
        public void DescendantTriviaIncludesEveryComment()
        {
            var root = StapSyntaxTree.ParseText(TreeSamples.Script).GetRoot();
            var comments = root.DescendantTrivia().Where(t => t.Kind is SyntaxKind.HashCommentTrivia or SyntaxKind.SingleLineCommentTrivia).Select(t => t.ToString()).ToList();
            Assert.Equal(new[] { "# counts reads per process", "// bytes" }, comments);
        }

        [Fact]
        public void AncestorsLeadToTheRoot()
        {
            var tree = StapSyntaxTree.ParseText(TreeSamples.Script);
            var root = tree.GetRoot();
            var call = root.DescendantNodes().OfType<InvocationExpressionSyntax>().First(c => c.Identifier.Text == "printf");
            Assert.Same(root, call.Ancestors().Last());
            Assert.NotNull(call.FirstAncestorOrSelf<ProbeDeclarationSyntax>());
            Assert.Same(tree, call.SyntaxTree);
            Assert.Same(tree, call.Identifier.SyntaxTree);
        }

        [Fact]
        public void TokenValuesAndTextAreExposed()
        {
            var root = StapSyntaxTree.ParseText(TreeSamples.Script).GetRoot();
            var number = root.DescendantTokens().First(t => t.Kind == SyntaxKind.NumericLiteralToken);
            Assert.Equal("10", number.Text);
            Assert.Equal(10L, number.Value);
            var format = root.DescendantTokens().First(t => t.Kind == SyntaxKind.StringLiteralToken && t.Text.Contains("%s"));
            Assert.Equal("\"%s\\n\"", format.Text);
            Assert.True(format.IsKind(SyntaxKind.StringLiteralToken));
        }

        [Fact]
        public void ParseTextFromSourceTextKeepsTheText()
        {
            var source = SourceText.From(TreeSamples.Script);
            var tree = StapSyntaxTree.ParseText(source, path: "reads.stp");
            Assert.Same(source, tree.GetText());
            Assert.Equal("reads.stp", tree.FilePath);
            Assert.Same(StapParseOptions.Default, tree.Options);
        }
    }
}
