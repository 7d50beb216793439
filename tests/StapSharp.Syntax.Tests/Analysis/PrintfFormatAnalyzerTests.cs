using System.Threading.Tasks;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax.Tests.Analysis
{
    public class PrintfFormatAnalyzerTests
    {
        private static Task Verify(string source, params string[] expected) =>
            AnalyzerVerifier.VerifyAsync(source, new PrintfFormatAnalyzer(), expected);

        [Fact]
        public Task MatchingArgumentsAreFine() =>
            Verify("probe begin { printf(\"%s %d %-5x %%\\n\", execname(), 1, 2) }");

        [Fact]
        public Task MissingArgumentIsReportedAtTheDirective() =>
            Verify("probe begin {\n  printf(\"%s=%d\\n\", \"a\")\n}",
                "warning STP5001 (2,14)-(2,16): Format directive '%d' has no matching argument");

        [Fact]
        public Task StarWidthConsumesAnArgument() =>
            Verify("probe begin { printf(\"%*d\", 5) }",
                "warning STP5001 (1,23)-(1,26): Format directive '%*d' has no matching argument");

        [Fact]
        public Task ExtraArgumentIsReportedAtTheArgument() =>
            Verify("probe begin { s = sprintf(\"%d\", 1, 2); println(s) }",
                "warning STP5002 (1,36)-(1,37): Argument 2 of 'sprintf' has no format directive");

        [Fact]
        public Task StringLiteralForNumericDirective() =>
            Verify("probe begin { printf(\"pid %d\\n\", \"x\") }",
                "warning STP5003 (1,27)-(1,29): Format directive '%d' expects a number but argument 1 is a string");

        [Fact]
        public Task NumberForStringDirective() =>
            Verify("probe begin { printf(\"%s\", 1 + 0) }");

        [Fact]
        public Task NumberLiteralForStringDirective() =>
            Verify("probe begin { printf(\"[%s]\", 42) }",
                "warning STP5003 (1,24)-(1,26): Format directive '%s' expects a string but argument 1 is a number");

        [Fact]
        public Task EscapesShiftTheDirectivePosition() =>
            Verify("probe begin { printf(\"\\t\\t%d\") }",
                "warning STP5001 (1,27)-(1,29): Format directive '%d' has no matching argument");

        [Fact]
        public Task MalformedFormatIsLeftToTheBinder() =>
            Verify("probe begin { printf(\"%q\", 1) }");
    }
}
