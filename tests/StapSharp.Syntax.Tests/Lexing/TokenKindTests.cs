using System;
using System.Collections.Generic;
using System.Linq;
using StapSharp.Syntax;
using static StapSharp.Syntax.Tests.Lexing.LexerTestHelpers;

namespace StapSharp.Syntax.Tests.Lexing
{
    /// <summary>Table-driven from SyntaxKind: every fixed-text kind lexes back to itself.</summary>
    public class TokenKindTests
    {
        private static readonly StapParseOptions s_latest = StapParseOptions.Default.WithLanguageVersion(new Version(5, 6));

        public static IEnumerable<object[]> PunctuationKinds() =>
            SyntaxFacts.GetPunctuationKinds().Where(k => !SyntaxFacts.IsPreprocessorPunctuation(k)).Select(k => new object[] { k });

        public static IEnumerable<object[]> KeywordKinds() => SyntaxFacts.GetKeywordKinds().Select(k => new object[] { k });

        [Fact]
        public void EveryPunctuationAndKeywordKindHasText()
        {
            foreach (var kind in SyntaxFacts.GetPunctuationKinds().Concat(SyntaxFacts.GetKeywordKinds()))
                Assert.False(string.IsNullOrEmpty(SyntaxFacts.GetText(kind)), kind.ToString());
            Assert.Equal(54, SyntaxFacts.GetPunctuationKinds().Count());
            Assert.Equal(20 + 22, SyntaxFacts.GetKeywordKinds().Count());
        }

        [Theory]
        [MemberData(nameof(PunctuationKinds))]
        public void PunctuationLexesToItsKind(SyntaxKind kind)
        {
            var token = LexSingle(SyntaxFacts.GetText(kind));
            Assert.Equal(kind, token.Kind);
            Assert.Equal(SyntaxFacts.GetText(kind), token.Text);
            Assert.Empty(token.Diagnostics);
        }

        [Theory]
        [MemberData(nameof(PunctuationKinds))]
        public void PunctuationBetweenIdentifiersLexesToItsKind(SyntaxKind kind)
        {
            var tokens = LexTokens("a " + SyntaxFacts.GetText(kind) + " b");
            Assert.Equal(new[] { SyntaxKind.IdentifierToken, kind, SyntaxKind.IdentifierToken }, tokens.Select(t => t.Kind));
        }

        [Theory]
        [MemberData(nameof(KeywordKinds))]
        public void KeywordLexesToItsKindAtTheLatestLevel(SyntaxKind kind)
        {
            var token = LexSingle(SyntaxFacts.GetText(kind), s_latest);
            Assert.Equal(kind, token.Kind);
            Assert.Equal(kind, SyntaxFacts.GetKeywordKind(token.Text));
        }

        [Theory]
        [MemberData(nameof(KeywordKinds))]
        public void KeywordKindFollowsTheLanguageLevel(SyntaxKind kind)
        {
            var text = SyntaxFacts.GetText(kind);
            var minimum = SyntaxFacts.GetMinimumLanguageVersion(kind);
            var expectedAtDefault = minimum is null || minimum <= new Version(4, 8) ? kind
                : text.StartsWith("@", StringComparison.Ordinal) ? SyntaxKind.AtIdentifierToken : SyntaxKind.IdentifierToken;
            Assert.Equal(expectedAtDefault, LexSingle(text).Kind);
            Assert.Equal(expectedAtDefault == kind ? kind : SyntaxKind.None, SyntaxFacts.GetKeywordKind(text, new Version(4, 8)));
            if (minimum != null)
            {
                var below = new Version(minimum.Major, minimum.Minor - 1 >= 0 ? minimum.Minor - 1 : 0);
                if (minimum.Minor == 0) below = new Version(minimum.Major - 1, 9);
                var expectedBelow = text.StartsWith("@", StringComparison.Ordinal) ? SyntaxKind.AtIdentifierToken : SyntaxKind.IdentifierToken;
                Assert.Equal(expectedBelow, LexSingle(text, StapParseOptions.Default.WithLanguageVersion(below)).Kind);
                Assert.Equal(kind, LexSingle(text, StapParseOptions.Default.WithLanguageVersion(minimum)).Kind);
            }
        }

        [Fact]
        public void PrivateIsAKeywordFromLevel30()
        {
            Assert.Equal(SyntaxKind.PrivateKeyword, LexSingle("private").Kind);
            Assert.Equal(SyntaxKind.IdentifierToken, LexSingle("private", StapParseOptions.Default.WithLanguageVersion(new Version(2, 9))).Kind);
        }

        [Theory]
        [InlineData("a---b", "IdentifierToken:a MinusMinusToken:-- MinusToken:- IdentifierToken:b")]
        [InlineData("a+++b", "IdentifierToken:a PlusPlusToken:++ PlusToken:+ IdentifierToken:b")]
        [InlineData("x>>>=1", "IdentifierToken:x GreaterThanGreaterThanGreaterThanToken:>>> EqualsToken:= NumericLiteralToken:1")]
        [InlineData("a<<<b", "IdentifierToken:a LessThanLessThanLessThanToken:<<< IdentifierToken:b")]
        [InlineData("a<<=b>>=c", "IdentifierToken:a LessThanLessThanEqualsToken:<<= IdentifierToken:b GreaterThanGreaterThanEqualsToken:>>= IdentifierToken:c")]
        [InlineData("a**b", "IdentifierToken:a AsteriskToken:* AsteriskToken:* IdentifierToken:b")]
        [InlineData("a::b", "IdentifierToken:a ColonToken:: ColonToken:: IdentifierToken:b")]
        [InlineData("s=~\"x\"", "IdentifierToken:s EqualsTildeToken:=~ StringLiteralToken:\"x\"")]
        [InlineData("s!~r", "IdentifierToken:s ExclamationTildeToken:!~ IdentifierToken:r")]
        [InlineData("p->q", "IdentifierToken:p MinusGreaterThanToken:-> IdentifierToken:q")]
        [InlineData("a.=b", "IdentifierToken:a DotEqualsToken:.= IdentifierToken:b")]
        [InlineData("x%y", "IdentifierToken:x PercentToken:% IdentifierToken:y")]
        [InlineData("x%=y", "IdentifierToken:x PercentEqualsToken:%= IdentifierToken:y")]
        [InlineData("'`\\", "OtherPunctuationToken:' OtherPunctuationToken:` OtherPunctuationToken:\\")]
        [InlineData("@ x", "OtherPunctuationToken:@ IdentifierToken:x")]
        public void MaximalMunch(string text, string expected) => Assert.Equal(expected, Describe(LexTokens(text)));

        [Theory]
        [InlineData("abc", SyntaxKind.IdentifierToken)]
        [InlineData("_a1", SyntaxKind.IdentifierToken)]
        [InlineData("a$b", SyntaxKind.IdentifierToken)]
        [InlineData("a$a$", SyntaxKind.IdentifierToken)]
        [InlineData("$var", SyntaxKind.DollarIdentifierToken)]
        [InlineData("$$vars", SyntaxKind.DollarIdentifierToken)]
        [InlineData("$$return", SyntaxKind.DollarIdentifierToken)]
        [InlineData("$a$", SyntaxKind.DollarIdentifierToken)]
        [InlineData("$", SyntaxKind.DollarIdentifierToken)]
        [InlineData("$$", SyntaxKind.DollarIdentifierToken)]
        [InlineData("$$1", SyntaxKind.DollarIdentifierToken)]
        [InlineData("@mymacro", SyntaxKind.AtIdentifierToken)]
        [InlineData("@_IS_SREG_KERNEL", SyntaxKind.AtIdentifierToken)]
        [InlineData("@enum", SyntaxKind.AtIdentifierToken)]
        [InlineData("@define", SyntaxKind.AtDefineKeyword)]
        [InlineData("@cast", SyntaxKind.AtCastKeyword)]
        [InlineData("@1", SyntaxKind.AtArgumentToken)]
        [InlineData("@#", SyntaxKind.AtArgumentToken)]
        [InlineData("$1", SyntaxKind.DollarArgumentToken)]
        [InlineData("$#", SyntaxKind.DollarArgumentToken)]
        [InlineData("$12", SyntaxKind.DollarArgumentToken)]
        public void Words(string text, SyntaxKind kind)
        {
            var token = LexSingle(text);
            Assert.Equal(kind, token.Kind);
            Assert.Equal(text, token.Text);
            Assert.Empty(token.Diagnostics);
        }

        [Fact]
        public void WordsAreInterned()
        {
            var tokens = LexTokens("alpha beta alpha probe probe");
            Assert.Same(tokens[0].Text, tokens[2].Text);
            Assert.Same(tokens[3].Text, tokens[4].Text);
        }

        [Fact]
        public void PrintFamilyAndPreprocessorWords()
        {
            foreach (var name in new[] { "print", "println", "printd", "printdln", "printf", "sprint", "sprintln", "sprintd", "sprintdln", "sprintf", "print_char" })
                Assert.True(SyntaxFacts.IsPrintFamily(name), name);
            Assert.False(SyntaxFacts.IsPrintFamily("printx"));
            Assert.True(SyntaxFacts.IsPreprocessorWord("CONFIG_SMP"));
            Assert.True(SyntaxFacts.IsPreprocessorWord("kernel_vr"));
            Assert.False(SyntaxFacts.IsPreprocessorWord("config_smp"));
        }
    }
}
