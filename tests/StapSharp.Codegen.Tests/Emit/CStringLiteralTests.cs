namespace StapSharp.Codegen.Tests
{
    public sealed class CStringLiteralTests
    {
        [Theory]
        [InlineData("hello", "\"hello\"")]
        [InlineData("", "\"\"")]
        [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
        [InlineData("back\\slash", "\"back\\\\slash\"")]
        [InlineData("line\nbreak\ttab\rcr", "\"line\\nbreak\\ttab\\rcr\"")]
        [InlineData("??=define", "\"\\?\\?=define\"")]
        [InlineData("what??/", "\"what\\?\\?/\"")]
        [InlineData("100%", "\"100%\"")]
        [InlineData("\u0001x", "\"\\001x\"")]
        [InlineData("nul\0after", "\"nul\\000after\"")]
        [InlineData("\u00e9", "\"\\303\\251\"")]
        [InlineData("*/ comment end", "\"*/ comment end\"")]
        [InlineData("\"); system(\"rm -rf /\"); (\"", "\"\\\"); system(\\\"rm -rf /\\\"); (\\\"\"")]
        public void QuoteEscapesEverythingThatCouldEndOrChangeTheLiteral(string value, string expected)
        {
            Assert.Equal(expected, CStringLiteral.Quote(value));
        }

        [Fact]
        public void OctalEscapesAreAlwaysThreeDigitsSoAFollowingDigitIsNotAbsorbed()
        {
            Assert.Equal("\"\\0011\"", CStringLiteral.Quote("\u00011"));
        }

        [Theory]
        [InlineData("50%", "\"50%%\"")]
        [InlineData("%d%s%%", "\"%%d%%s%%%%\"")]
        public void FormatTextDoublesPercent(string value, string expected)
        {
            Assert.Equal(expected, CStringLiteral.QuoteAsFormatText(value));
        }

        [Theory]
        [InlineData("plain", "plain")]
        [InlineData("ends */ here", "ends * / here")]
        [InlineData("opens /* nested", "opens / * nested")]
        [InlineData("two\nlines", "two lines")]
        [InlineData("tri??=graph", "tri? ?=graph")]
        [InlineData("trailing\\", "trailing\\ ")]
        [InlineData("**/", "** /")]
        public void CommentTextCannotCloseTheComment(string value, string expected)
        {
            Assert.Equal(expected, CStringLiteral.CommentText(value));
        }
    }
}
