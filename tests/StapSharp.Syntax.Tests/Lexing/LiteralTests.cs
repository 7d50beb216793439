using System;
using System.Linq;
using StapSharp.Diagnostics;
using StapSharp.Syntax;
using static StapSharp.Syntax.Tests.Lexing.LexerTestHelpers;

namespace StapSharp.Syntax.Tests.Lexing
{
    public class LiteralTests
    {
        [Theory]
        [InlineData("0", 0L)]
        [InlineData("7", 7L)]
        [InlineData("123", 123L)]
        [InlineData("0x1F", 31L)]
        [InlineData("0X1f", 31L)]
        [InlineData("017", 15L)]
        [InlineData("00", 0L)]
        [InlineData("9223372036854775807", long.MaxValue)]
        [InlineData("9223372036854775808", long.MinValue)]
        [InlineData("18446744073709551615", -1L)]
        [InlineData("0xffffffffffffffff", -1L)]
        [InlineData("01777777777777777777777", -1L)]
        public void ValidNumbers(string text, long value)
        {
            var token = LexSingle(text);
            Assert.Equal(SyntaxKind.NumericLiteralToken, token.Kind);
            Assert.Equal(value, token.Value);
            Assert.Empty(token.Diagnostics);
        }

        [Theory]
        [InlineData("09")]
        [InlineData("0x")]
        [InlineData("1e5")]
        [InlineData("2015a")]
        [InlineData("0xzoopoo")]
        [InlineData("0var")]
        [InlineData("18446744073709551616")]
        [InlineData("0x10000000000000000")]
        public void InvalidNumbersKeepOneTokenWithADiagnostic(string text)
        {
            var diagnostics = LexDiagnostics("x = " + text + ";");
            var d = Assert.Single(diagnostics);
            Assert.Equal(ErrorCode.ERR_InvalidNumber, d.Code);
            Assert.Equal(4, d.Position);
            Assert.Equal(text.Length, d.Width);
            var tokens = LexTokens("x = " + text + ";");
            Assert.Equal(4, tokens.Count);
            Assert.Equal(text, tokens[2].Text);
            Assert.Equal(0L, tokens[2].Value);
        }

        [Theory]
        [InlineData("\"abc\"", "abc")]
        [InlineData("\"\"", "")]
        [InlineData("\"a\\nb\"", "a\\nb")]
        [InlineData("\"\\a\\b\\t\\n\\v\\f\\r\\\\\"", "\\a\\b\\t\\n\\v\\f\\r\\\\")]
        [InlineData("\"\\0\\17\\777\"", "\\0\\17\\777")]
        [InlineData("\"\\x41\"", "\\x41")]
        [InlineData("\"\\q\\\"\"", "q\"")]
        [InlineData("\"a\\\nb\"", "a\nb")]
        [InlineData("\"a\rb\"", "a\rb")]
        [InlineData("\"%d\\n\"", "%d\\n")]
        public void StringValues(string text, string value)
        {
            var token = LexSingle(text);
            Assert.Equal(SyntaxKind.StringLiteralToken, token.Kind);
            Assert.Equal(text, token.Text);
            Assert.Equal(value, token.ValueText);
            Assert.Empty(token.Diagnostics);
        }

        [Fact]
        public void HexEscapeIsKeptOnlyFromLevel23()
        {
            Assert.Equal("\\x41", LexSingle("\"\\x41\"").ValueText);
            Assert.Equal("x41", LexSingle("\"\\x41\"", StapParseOptions.Default.WithLanguageVersion(new Version(2, 2))).ValueText);
        }

        [Fact]
        public void UnterminatedStringEndsAtTheLineEndAndTheNextLineLexes()
        {
            string text = "x = \"abc\ny = 1";
            var diagnostics = LexDiagnostics(text);
            var d = Assert.Single(diagnostics);
            Assert.Equal(ErrorCode.ERR_UnterminatedString, d.Code);
            Assert.Equal(4, d.Position);
            Assert.Equal(4, d.Width);
            var tokens = LexTokens(text);
            Assert.Equal("IdentifierToken:x EqualsToken:= StringLiteralToken:\"abc IdentifierToken:y EqualsToken:= NumericLiteralToken:1", Describe(tokens));
            Assert.Equal("abc", tokens[2].ValueText);
            Assert.Equal(SyntaxKind.EndOfLineTrivia, tokens[2].GetTrailingTrivia()!.Kind);
        }

        [Fact]
        public void UnterminatedStringBeforeCrLfLeavesTheLineEndWhole()
        {
            var tokens = LexTokens("\"abc\r\nx");
            Assert.Equal("\"abc", tokens[0].Text);
            Assert.Equal("\r\n", tokens[0].GetTrailingTrivia()!.ToFullString());
        }

        [Fact]
        public void UnterminatedStringAtEndOfInput()
        {
            var d = Assert.Single(LexDiagnostics("\"abc\\"));
            Assert.Equal(ErrorCode.ERR_UnterminatedString, d.Code);
            Assert.Equal(0, d.Position);
            Assert.Equal(5, d.Width);
        }

        [Fact]
        public void EmbeddedCodeIsOneToken()
        {
            string text = "%{ #include <linux/x.h>\n static int f(void) { return \"%)\"[0]; } %}";
            var token = LexSingle(text);
            Assert.Equal(SyntaxKind.EmbeddedCodeToken, token.Kind);
            Assert.Equal(text, token.Text);
            Assert.Equal(text.Substring(2, text.Length - 4), token.ValueText);
            Assert.Empty(token.Diagnostics);
        }

        [Fact]
        public void EmbeddedCodeEndsAtTheFirstClose()
        {
            // A %} inside a C string still closes the block; the rest is an unterminated string.
            var tokens = LexTokens("%{ \"%}\" %}");
            Assert.Equal("EmbeddedCodeToken:%{ \"%} StringLiteralToken:\" %}", Describe(tokens));
        }

        [Fact]
        public void UnterminatedEmbeddedCode()
        {
            var d = Assert.Single(LexDiagnostics("probe begin %{ x = 1;\n"));
            Assert.Equal(ErrorCode.ERR_UnterminatedEmbeddedCode, d.Code);
            Assert.Equal(12, d.Position);
            Assert.Equal(10, d.Width);
        }

        [Fact]
        public void EmbeddedCodeCloseTypoWarns()
        {
            var diagnostics = LexDiagnostics("%{ if (x) { y(); }% %}");
            var d = Assert.Single(diagnostics);
            Assert.Equal(ErrorCode.WRN_EmbeddedCodeCloseTypo, d.Code);
            Assert.Equal(17, d.Position);
            Assert.Equal(2, d.Width);
        }

        [Theory]
        [InlineData("\u00e9", "\\xe9")]
        [InlineData("\u0001", "\\x01")]
        [InlineData("\u20ac", "U+20AC")]
        [InlineData("\ud83d\ude00", "U+1F600")]
        public void BadCharacters(string text, string shown)
        {
            var tokens = LexTokens("a" + text + "b");
            Assert.Equal(3, tokens.Count);
            Assert.Equal(SyntaxKind.BadToken, tokens[1].Kind);
            Assert.Equal(text, tokens[1].Text);
            var d = Assert.Single(LexDiagnostics("a" + text + "b"));
            Assert.Equal(ErrorCode.ERR_BadCharacter, d.Code);
            Assert.Equal(1, d.Position);
            Assert.Equal(text.Length, d.Width);
            Assert.Equal(shown, d.Arguments[0]);
        }

        [Fact]
        public void EverythingAfterNulIsIgnoredText()
        {
            string text = "probe begin {}\0(((\"";
            var tokens = Lex(text);
            Assert.Equal(text, FullText(tokens));
            var eof = tokens[tokens.Count - 1];
            Assert.Equal(SyntaxKind.EndOfFileToken, eof.Kind);
            var trailing = eof.GetTrailingTrivia()!;
            Assert.Equal(SyntaxKind.IgnoredTextTrivia, trailing.Kind);
            Assert.Equal("\0(((\"", trailing.ToFullString());
            Assert.Empty(LexDiagnostics(text));
            Assert.Equal(5, tokens.Count);
        }

        [Fact]
        public void NulInsideAStringEndsIt()
        {
            var diagnostics = LexDiagnostics("x = \"ab\0cd\"");
            Assert.Equal(ErrorCode.ERR_UnterminatedString, Assert.Single(diagnostics).Code);
        }
    }
}
