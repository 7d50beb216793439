using System.Linq;
using StapSharp.Syntax;
using static StapSharp.Syntax.Tests.Lexing.LexerTestHelpers;

namespace StapSharp.Syntax.Tests.Lexing
{
    public class TriviaTests
    {
        [Fact]
        public void TrailingTriviaRunsThroughTheFirstEndOfLine()
        {
            var tokens = Lex("a  # note\n\n  // c\n  b /* x */ c\r\n");
            Assert.Equal("a", tokens[0].Text);
            Assert.Equal(new[] { SyntaxKind.WhitespaceTrivia, SyntaxKind.HashCommentTrivia, SyntaxKind.EndOfLineTrivia },
                TriviaOf(tokens[0].GetTrailingTrivia()).Select(t => t.Kind));
            Assert.Equal(new[] { SyntaxKind.EndOfLineTrivia, SyntaxKind.WhitespaceTrivia, SyntaxKind.SingleLineCommentTrivia, SyntaxKind.EndOfLineTrivia, SyntaxKind.WhitespaceTrivia },
                TriviaOf(tokens[1].GetLeadingTrivia()).Select(t => t.Kind));
            Assert.Equal(new[] { SyntaxKind.WhitespaceTrivia, SyntaxKind.MultiLineCommentTrivia, SyntaxKind.WhitespaceTrivia },
                TriviaOf(tokens[1].GetTrailingTrivia()).Select(t => t.Kind));
            Assert.Equal("\r\n", tokens[2].GetTrailingTrivia()!.ToFullString());
            Assert.Null(tokens[3].GetLeadingTrivia());
            Assert.Equal(SyntaxKind.EndOfFileToken, tokens[3].Kind);
        }

        [Fact]
        public void MultiLineCommentStaysInTrailingTrivia()
        {
            var tokens = Lex("a /* one\ntwo */ b");
            Assert.Equal(" /* one\ntwo */ ", tokens[0].GetTrailingTrivia()!.ToFullString());
            Assert.Null(tokens[1].GetLeadingTrivia());
        }

        [Fact]
        public void UnterminatedBlockCommentSwallowsTheRestSilently()
        {
            var tokens = Lex("a /* never closed\n probe");
            Assert.Equal(2, tokens.Count);
            Assert.Equal(SyntaxKind.MultiLineCommentTrivia, TriviaOf(tokens[0].GetTrailingTrivia()).Last().Kind);
            Assert.Empty(LexDiagnostics("a /* never closed\n probe"));
        }

        [Fact]
        public void DollarHashIsRecognisedBeforeAComment()
        {
            var tokens = Lex("x = $#  # comment\n");
            Assert.Equal("IdentifierToken:x EqualsToken:= DollarArgumentToken:$# EndOfFileToken:", Describe(tokens));
            Assert.Equal(SyntaxKind.HashCommentTrivia, TriviaOf(tokens[2].GetTrailingTrivia())[1].Kind);
        }

        [Fact]
        public void CommonTriviaIsShared()
        {
            var tokens = Lex("a b\nc d\n");
            Assert.Same(tokens[0].GetTrailingTrivia(), tokens[2].GetTrailingTrivia());
            Assert.Same(tokens[1].GetTrailingTrivia(), tokens[3].GetTrailingTrivia());
        }

        [Theory]
        [InlineData("\r")]
        [InlineData("\n")]
        [InlineData("\r\n")]
        public void EndOfLineKinds(string newline)
        {
            var tokens = Lex("a" + newline + "b");
            var trivia = tokens[0].GetTrailingTrivia()!;
            Assert.Equal(SyntaxKind.EndOfLineTrivia, trivia.Kind);
            Assert.Equal(newline, trivia.ToFullString());
        }

        [Fact]
        public void FormFeedAndVerticalTabAreWhitespace()
        {
            var tokens = Lex("a\f\vb");
            Assert.Equal(3, tokens.Count);
            Assert.Equal(SyntaxKind.WhitespaceTrivia, tokens[0].GetTrailingTrivia()!.Kind);
        }
    }
}
