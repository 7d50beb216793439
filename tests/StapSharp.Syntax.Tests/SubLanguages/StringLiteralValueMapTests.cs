using System;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Syntax;

namespace StapSharp.Syntax.Tests.SubLanguages
{
    // The value rules are stap 4.8's lexer (language reference §2.5): C escapes stay verbatim, other
    // backslash pairs stand for their second character.
    public sealed class StringLiteralValueMapTests
    {
        [Fact]
        public void PlainLiteral_MapsPastTheOpeningQuote()
        {
            StringLiteralValueMap map = StringLiteralValueMap.FromLiteral("\"abc\"", 10);

            Assert.Equal("abc", map.Value);
            Assert.Equal(11, map.ToSourcePosition(0));
            Assert.Equal(13, map.ToSourcePosition(2));
            Assert.Equal(14, map.ToSourcePosition(3));
            Assert.Equal(new TextSpan(12, 2), map.ToSourceSpan(new TextSpan(1, 2)));
        }

        [Theory]
        [InlineData("\"a\\nb\"", "a\\nb")]
        [InlineData("\"\\t\\\\\"", "\\t\\\\")]
        [InlineData("\"\\012\"", "\\012")]
        [InlineData("\"\\x41\"", "\\x41")]
        [InlineData("\"\\a\\b\\v\\f\\r\"", "\\a\\b\\v\\f\\r")]
        public void CEscapesStayInTheValue_OneToOne(string raw, string value)
        {
            StringLiteralValueMap map = StringLiteralValueMap.FromLiteral(raw);

            Assert.Equal(value, map.Value);
            for (int i = 0; i < value.Length; i++) Assert.Equal(i + 1, map.ToSourcePosition(i));
        }

        [Fact]
        public void EscapedQuote_IsOneValueCharacterFromTwoSourceCharacters()
        {
            StringLiteralValueMap map = StringLiteralValueMap.FromLiteral("\"a\\\"b\"");

            Assert.Equal("a\"b", map.Value);
            Assert.Equal(2, map.ToSourcePosition(1));
            Assert.Equal(new TextSpan(2, 2), map.ToSourceSpan(new TextSpan(1, 1)));
            Assert.Equal(4, map.ToSourcePosition(2));
            Assert.Equal(new TextSpan(1, 4), map.ToSourceSpan(new TextSpan(0, 3)));
        }

        [Fact]
        public void UnknownEscape_StandsForItsCharacter()
        {
            StringLiteralValueMap map = StringLiteralValueMap.FromLiteral("\"%\\q\"");
            Assert.Equal("%q", map.Value);
            Assert.Equal(new TextSpan(2, 2), map.ToSourceSpan(new TextSpan(1, 1)));
        }

        [Fact]
        public void EmptySpanAtTheEnd_IsBeforeTheClosingQuote()
        {
            StringLiteralValueMap map = StringLiteralValueMap.FromLiteral("\"ab%\"", 100);
            Assert.Equal(new TextSpan(104, 0), map.ToSourceSpan(new TextSpan(3, 0)));
        }

        [Fact]
        public void GluedLiterals_MapIntoEachLiteral()
        {
            // printf("ab" /* c */ "%q") : the literals start at 7 and 20.
            StringLiteralValueMap map = StringLiteralValueMap.Concat(new[]
            {
                StringLiteralValueMap.FromLiteral("\"ab\"", 7),
                StringLiteralValueMap.FromLiteral("\"%q\"", 20),
            });

            Assert.Equal("ab%q", map.Value);
            Assert.Equal(8, map.ToSourcePosition(0));
            Assert.Equal(21, map.ToSourcePosition(2));
            Assert.Equal(new TextSpan(21, 2), map.ToSourceSpan(new TextSpan(2, 2)));
            Assert.Equal(23, map.ToSourcePosition(4));
        }

        [Fact]
        public void PrintfErrorMapsToTheSourceColumn()
        {
            // probe begin { printf("\"%s\" is %q\n", x) }
            string source = "probe begin { printf(\"\\\"%s\\\" is %q\\n\", x) }";
            int literalStart = source.IndexOf('"');
            int literalEnd = source.IndexOf("\", x", StringComparison.Ordinal) + 1;
            StringLiteralValueMap map = StringLiteralValueMap.FromLiteral(
                source.Substring(literalStart, literalEnd - literalStart), literalStart);

            PrintfFormat format = PrintfFormat.Parse(map.Value);

            SubLanguageError error = Assert.Single(format.Errors);
            TextSpan sourceSpan = map.ToSourceSpan(error.Span);
            Assert.Equal("q", source.Substring(sourceSpan.Start, sourceSpan.Length));
            TextSpan directive = map.ToSourceSpan(format.Directives[0].Span);
            Assert.Equal("%s", source.Substring(directive.Start, directive.Length));
        }

        [Fact]
        public void FunctionSpecErrorMapsToTheSourceColumn()
        {
            string source = "probe kernel.function(\"vfs_read@fs/read_write.c:1\\x\") {}";
            int literalStart = source.IndexOf('"');
            int literalEnd = source.LastIndexOf('"') + 1;
            StringLiteralValueMap map = StringLiteralValueMap.FromLiteral(
                source.Substring(literalStart, literalEnd - literalStart), literalStart);

            SubLanguageError error = Assert.Single(FunctionSpec.Parse(map.Value).Errors);
            TextSpan span = map.ToSourceSpan(error.Span);
            Assert.Equal("1\\x", source.Substring(span.Start, span.Length));
        }

        [Fact]
        public void FromTokens_OfAParsedPrintf_MapsErrorsIntoTheFile()
        {
            string source = "probe begin {\n" + @"  printf(""pid=%d \""%q\"""" /* glued */ ""%s"", pid(), ""x"")" + "\n}\n";
            StapSyntaxTree tree = StapSyntaxTree.ParseText(source);
            LiteralExpressionSyntax literal = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>()
                .First(l => l.IsKind(SyntaxKind.StringLiteralExpression));

            StringLiteralValueMap map = StringLiteralValueMap.FromTokens(literal.Tokens);
            PrintfFormat format = PrintfFormat.Parse(map.Value);

            Assert.Equal("pid=%d \"%q\"%s", map.Value);
            Assert.Equal(map.Value, string.Concat(literal.Tokens.Select(t => t.ValueText)));
            TextSpan error = map.ToSourceSpan(Assert.Single(format.Errors).Span);
            Assert.Equal("q", source.Substring(error.Start, error.Length));
            TextSpan last = map.ToSourceSpan(format.Directives[1].Span);
            Assert.Equal("%s", source.Substring(last.Start, last.Length));
            Assert.Equal(new LinePosition(1, 38), tree.GetText().Lines.GetLinePosition(last.Start));
        }

        [Theory]
        [InlineData("\"abc", "abc", 4)]        // unterminated
        [InlineData("\"ab\\\"", "ab\"", 5)]    // the last quote is escaped: still unterminated
        [InlineData("\"ab\\", "ab\\", 4)]      // a lone backslash at the end
        [InlineData("\"\"", "", 1)]
        [InlineData("", "", 0)]
        public void OddLiterals_NeverThrow(string raw, string value, int endPosition)
        {
            StringLiteralValueMap map = StringLiteralValueMap.FromLiteral(raw);
            Assert.Equal(value, map.Value);
            Assert.Equal(endPosition, map.ToSourcePosition(value.Length));
        }

        [Fact]
        public void OffsetsOutsideTheValue_AreProgrammerErrors()
        {
            StringLiteralValueMap map = StringLiteralValueMap.FromLiteral("\"ab\"");
            Assert.Throws<ArgumentOutOfRangeException>(() => map.ToSourcePosition(3));
            Assert.Throws<ArgumentOutOfRangeException>(() => map.ToSourceSpan(new TextSpan(1, 2)));
        }
    }
}
