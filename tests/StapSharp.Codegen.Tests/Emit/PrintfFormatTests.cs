namespace StapSharp.Codegen.Tests
{
    public sealed class PrintfFormatTests
    {
        [Theory]
        [InlineData("%d", "%lld", "L")]
        [InlineData("%-5d|%05i|%+u", "%-5lld|%05lli|%+llu", "LLL")]
        [InlineData("%#x %X %o", "%#llx %llX %llo", "LLL")]
        [InlineData("%s %10s %.3s", "%s %10s %.3s", "SSS")]
        [InlineData("%c", "%c", "I")]
        [InlineData("%*d", "%*lld", "IL")]
        [InlineData("%.*s", "%.*s", "IS")]
        [InlineData("%p %b", "%p %b", "LL")]
        [InlineData("100%% done", "100%% done", "")]
        public void TranslatesDirectivesForTheRuntime(string format, string runtime, string kinds)
        {
            PrintfFormat parsed = PrintfFormat.Parse(format);
            Assert.Null(parsed.Error);
            Assert.Equal(runtime, parsed.RuntimeFormat);
            Assert.Equal(kinds, string.Concat(System.Linq.Enumerable.Select(parsed.Arguments, k => k switch
            {
                PrintfArgumentKind.Long => "L",
                PrintfArgumentKind.Int => "I",
                _ => "S",
            })));
        }

        [Fact]
        public void PlainTextUnescapesPercent()
        {
            PrintfFormat parsed = PrintfFormat.Parse("100%% done\n");
            Assert.False(parsed.HasDirectives);
            Assert.Equal("100% done\n", parsed.PlainText);
        }

        [Theory]
        [InlineData("%q", "unsupported conversion '%q'")]
        [InlineData("%m", "unsupported conversion '%m'")]
        [InlineData("50%", "the format ends inside a '%' directive")]
        [InlineData("%5", "the format ends inside a '%' directive")]
        [InlineData("%5%", "'%%' takes no flags, width or precision")]
        public void RejectsWhatTheRuntimeCannotPrint(string format, string error)
        {
            Assert.Equal(error, PrintfFormat.Parse(format).Error);
        }
    }
}
