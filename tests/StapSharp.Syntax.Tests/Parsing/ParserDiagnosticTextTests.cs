using System;
using System.Linq;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax.Tests.Parsing
{
    /// <summary>Parser diagnostics reach users through <see cref="StapSyntaxTree"/> as Roslyn diagnostics with messages and locations.</summary>
    public class ParserDiagnosticTextTests
    {
        [Fact]
        public void MissingTokenIsReportedCompilerStyle()
        {
            var tree = StapSyntaxTree.ParseText("probe begin { if (x { y = 1 } }", path: "t.stp");
            var diagnostic = Assert.Single(tree.GetDiagnostics());
            Assert.Equal("t.stp(1,21): error STP1003: ')' expected", diagnostic.ToString());
            Assert.Equal("probe begin { if (x { y = 1 } }", tree.GetRoot().ToFullString());
        }

        [Fact]
        public void TopLevelGarbageIsReportedOnce()
        {
            var tree = StapSyntaxTree.ParseText("probe a {}\n) 1 ]\nprobe b {}", path: "t.stp");
            var diagnostic = Assert.Single(tree.GetDiagnostics());
            Assert.Equal("t.stp(2,1): error STP1006: expected 'probe', 'global', 'private', 'function', '@define' or '%{', found ')'",
                diagnostic.ToString());
        }

        [Fact]
        public void EveryParserErrorCodeHasAMessage()
        {
            var missing = Enum.GetValues(typeof(ErrorCode)).Cast<ErrorCode>()
                .Where(c => (int)c >= 1001 && (int)c <= 1099 && !DiagnosticMessages.HasMessage(c))
                .ToList();
            Assert.Empty(missing);
        }
    }
}
