using StapSharp.Diagnostics;
using StapSharp.Syntax;
using static StapSharp.Syntax.Tests.Lexing.LexerTestHelpers;

namespace StapSharp.Syntax.Tests.Lexing
{
    public class ArgumentTests
    {
        private static StapParseOptions With(params string[] arguments) => StapParseOptions.Default.WithArguments(arguments);

        [Fact]
        public void UnsuppliedArgumentsAreKeptWithoutError()
        {
            Assert.Empty(LexDiagnostics("x = $1 . @2 . $# . @# . $0 . $99999"));
            var token = LexSingle("$123");
            Assert.Equal(SyntaxKind.DollarArgumentToken, token.Kind);
            Assert.Null(token.Value);
        }

        [Fact]
        public void SuppliedArgumentsCarryTheirText()
        {
            var options = With("foo+1", "bar");
            Assert.Equal("foo+1", LexSingle("$1", options).Value);
            Assert.Equal("bar", LexSingle("@2", options).Value);
            Assert.Equal("2", LexSingle("$#", options).Value);
            Assert.Equal("2", LexSingle("@#", options).Value);
        }

        [Fact]
        public void DigitRunStopsOnceTheIndexExceedsTheCount()
        {
            // With one argument stap reads "$2" (2 > 1 ends the run, out of range), then "3" is a number.
            Assert.Equal("DollarArgumentToken:$2 NumericLiteralToken:3", Describe(LexTokens("$23", With("a"))));
            // While the index is within the count the run goes on: with 12 arguments "$123" is one (bad) reference.
            var twelve = With("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
            Assert.Equal("DollarArgumentToken:$123", Describe(LexTokens("$123", twelve)));
            Assert.Equal("12", LexSingle("$12", twelve).Value);
            Assert.Equal("DollarArgumentToken:$1 IdentifierToken:abc", Describe(LexTokens("$1abc", With("a"))));
        }

        [Theory]
        [InlineData("$0", 2)]
        [InlineData("$3", 2)]
        [InlineData("@3", 2)]
        [InlineData("$00", 3)]
        public void OutOfRangeArguments(string text, int width)
        {
            var d = Assert.Single(LexDiagnostics("x = " + text, With("a", "b")));
            Assert.Equal(ErrorCode.ERR_ArgumentOutOfRange, d.Code);
            Assert.Equal(4, d.Position);
            Assert.Equal(width, d.Width);
            Assert.Equal(2, d.Arguments[0]);
        }

        [Fact]
        public void NoArgumentsSuppliedMakesEveryReferenceOutOfRange()
        {
            var d = Assert.Single(LexDiagnostics("$1", With()));
            Assert.Equal(ErrorCode.ERR_ArgumentOutOfRange, d.Code);
            Assert.Equal(0, d.Arguments[0]);
            Assert.Empty(LexDiagnostics("$#", With()));
        }
    }
}
