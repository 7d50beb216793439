namespace StapSharp.Codegen.Tests
{
    public sealed class RuntimePrintfFormatTests
    {
        [Theory]
        [InlineData("%d", "%lld", "L")]
        [InlineData("%-5d|%05i|%+u", "%-5lld|%05lli|%+llu", "LLL")]
        [InlineData("%#x %X %o", "%#llx %llX %llo", "LLL")]
        [InlineData("% d", "% lld", "L")]
        [InlineData("%ld", "%lld", "L")]
        [InlineData("%s %10s %.3s", "%s %10s %.3s", "SSS")]
        [InlineData("%c", "%c", "I")]
        [InlineData("%*d", "%*lld", "IL")]
        [InlineData("%.*s", "%.*s", "IS")]
        [InlineData("%-*.*s", "%-*.*s", "IIS")]
        [InlineData("%p %b %4b", "%p %b %4b", "LLL")]
        [InlineData("100%% done", "100%% done", "")]
        // As stap 4.8 emits them (found by eng/differential.sh, tests/vm-scripts/diff_21.stp): after a flag the 0 starts
        // the width, and a width of 0 is left out, so "% 0s" has no 0 flag; a precision of 0 stays ("%.0s" prints nothing).
        [InlineData("% 0s|%+05d|%-010d|%#0x", "% s|%+5lld|%-10lld|%#llx", "SLLL")]
        [InlineData("%05d|%0d|%.0d|%5.0s", "%05lld|%0lld|%.0lld|%5.0s", "LLLS")]
        public void TranslatesDirectivesForTheRuntime(string format, string runtime, string kinds)
        {
            RuntimePrintfFormat parsed = RuntimePrintfFormat.Translate(format);
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
            RuntimePrintfFormat parsed = RuntimePrintfFormat.Translate("100%% done\n");
            Assert.False(parsed.HasDirectives);
            Assert.Equal("100% done\n", parsed.PlainText);
        }

        [Theory]
        [InlineData("%q")]
        [InlineData("%+-d")]
        [InlineData("%5")]
        public void FormatsTheSubLanguageRejectsAreErrors(string format)
        {
            Assert.NotNull(RuntimePrintfFormat.Translate(format).Error);
        }

        [Fact]
        public void MemoryConversionsAreNotGeneratedYet()
        {
            Assert.Equal("the conversion '%m' is not supported by the code generator yet", RuntimePrintfFormat.Translate("%m").Error);
        }
    }
}
