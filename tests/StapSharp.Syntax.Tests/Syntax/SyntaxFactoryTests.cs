using System;
using System.Linq;
using static StapSharp.Syntax.SyntaxFactory;

namespace StapSharp.Syntax.Tests.Syntax
{
    public class SyntaxFactoryTests
    {
        [Fact]
        public void BuildsAProbeThatNormalizesToIdiomaticText()
        {
            var probe = ProbeDeclaration(
                ProbePoint(ProbePointComponent("kernel"), ProbePointComponent("function", StringLiteral("vfs_read"))),
                Block(ParseStatement("reads[execname()] <<< 1")));
            var unit = CompilationUnit(GlobalDeclaration("reads"), probe).NormalizeWhitespace();
            Assert.Equal(
                "global reads\n\nprobe kernel.function(\"vfs_read\") {\n    reads[execname()] <<< 1\n}\n",
                unit.ToFullString());
            var reparsed = StapSyntaxTree.ParseText(unit.ToFullString());
            Assert.Empty(reparsed.GetDiagnostics());
        }

        [Fact]
        public void TokensHaveTheirFixedText()
        {
            Assert.Equal("probe", Token(SyntaxKind.ProbeKeyword).Text);
            Assert.Equal("<<<", Token(SyntaxKind.LessThanLessThanLessThanToken).Text);
            Assert.Equal("@count", Token(SyntaxKind.AtCountKeyword).Text);
            Assert.Throws<ArgumentException>(() => Token(SyntaxKind.IdentifierToken));
            var spaced = Token(TriviaList(Space), SyntaxKind.PlusToken, TriviaList(Space));
            Assert.Equal(" + ", spaced.ToFullString());
            Assert.True(MissingToken(SyntaxKind.SemicolonToken).IsMissing);
        }

        [Theory]
        [InlineData("abc", "\"abc\"", "abc")]
        [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"", "say \"hi\"")]
        [InlineData("a\\nb", "\"a\\nb\"", "a\\nb")]
        [InlineData("tab\there", "\"tab\\there\"", "tab\\there")]
        public void StringLiteralsAreEscapedTheStapWay(string value, string text, string stapValue)
        {
            var token = Literal(value);
            Assert.Equal(text, token.Text);
            Assert.Equal(stapValue, token.ValueText);
            var lexed = StapSyntaxTree.ParseText("probe begin { x = " + token.Text + " }").GetRoot()
                .DescendantTokens().Single(t => t.Kind == SyntaxKind.StringLiteralToken);
            Assert.Equal(token.ValueText, lexed.ValueText);
        }

        [Fact]
        public void NumberLiterals()
        {
            Assert.Equal("42", Literal(42).Text);
            Assert.Equal(42L, Literal(42).Value);
            Assert.Equal("0x1f", Literal("0x1f", 31).Text);
            Assert.Throws<ArgumentOutOfRangeException>(() => Literal(-1));
        }

        [Fact]
        public void IdentifierKeepsTrivia()
        {
            var id = Identifier(TriviaList(Space), "x", TriviaList(Comment("# c"), LineFeed));
            Assert.Equal(" x# c\n", id.ToFullString());
            Assert.Equal("x", id.ValueText);
        }

        [Fact]
        public void UpdateReturnsTheSameNodeWhenNothingChanges()
        {
            var expression = (BinaryExpressionSyntax)ParseExpression("a + b");
            Assert.Same(expression, expression.Update(expression.Left, expression.OperatorToken, expression.Right));
            var changed = expression.WithRight(IdentifierName("c"));
            Assert.NotSame(expression, changed);
            Assert.Equal("a + c", changed.ToFullString());
            Assert.Equal(SyntaxKind.AddExpression, changed.Kind);
        }

        [Fact]
        public void KindSpecificFactoryCreatesTheOperatorToken()
        {
            var sum = BinaryExpression(SyntaxKind.SubtractExpression, IdentifierName("a"), PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, IdentifierName("b")));
            Assert.Equal("a - -b", sum.NormalizeWhitespace().ToFullString());
            Assert.Throws<ArgumentException>(() => BinaryExpression(SyntaxKind.Block, IdentifierName("a"), IdentifierName("b")));
        }

        [Fact]
        public void ListsAddAndSeparate()
        {
            var args = ArgumentList(StringLiteral("%d\n"), IdentifierName("x"));
            Assert.Equal(2, args.Arguments.Count);
            Assert.Equal(1, args.Arguments.SeparatorCount);
            var more = args.AddArguments(IdentifierName("y"));
            Assert.Equal("(\"%d\\n\",x,y)", more.ToFullString());
            var block = Block().AddStatements(ParseStatement("x = 1"), ParseStatement("y = 2"));
            Assert.Equal(2, block.Statements.Count);
        }

        [Fact]
        public void ParseFragmentsKeepTrailingGarbageAsSkippedTrivia()
        {
            var expression = ParseExpression("a + b )");
            Assert.Equal("a + b )", expression.ToFullString());
            Assert.NotEmpty(expression.GetDiagnostics());
            var point = ParseProbePoint("kernel.function(\"x\").return");
            Assert.Equal(3, point.Components.Count);
            Assert.Equal(2, point.Components.SeparatorCount);
        }
    }
}
