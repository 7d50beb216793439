using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Diagnostics;

namespace StapSharp.Syntax.Tests.Diagnostics
{
    public class DiagnosticFormattingTests
    {
        [Fact]
        public void DescriptorsFollowTheErrorCode()
        {
            var descriptor = StapDiagnosticDescriptors.Get(ErrorCode.ERR_AnalyzerException);
            Assert.Equal("STP9001", descriptor.Id);
            Assert.Equal("StapSharp.Infrastructure", descriptor.Category);
            Assert.Equal(DiagnosticSeverity.Error, descriptor.DefaultSeverity);
            Assert.Same(descriptor, StapDiagnosticDescriptors.Get(ErrorCode.ERR_AnalyzerException));
            Assert.Equal("STP0001", StapDiagnosticDescriptors.GetId((ErrorCode)1));
            Assert.Equal("StapSharp.Lexer", StapDiagnosticDescriptors.GetCategory((ErrorCode)1));
            Assert.Equal("StapSharp.Parser", StapDiagnosticDescriptors.GetCategory((ErrorCode)1003));
            Assert.Equal("StapSharp.Semantic", StapDiagnosticDescriptors.GetCategory((ErrorCode)2001));
        }

        [Fact]
        public void WarningsComeFromTheWrnPrefix()
        {
            foreach (var code in System.Enum.GetValues(typeof(ErrorCode)).Cast<ErrorCode>().Where(c => c != ErrorCode.Unknown))
            {
                var expected = code.ToString().StartsWith("WRN_") ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
                if (code.ToString().StartsWith("INF_")) expected = DiagnosticSeverity.Info;
                Assert.Equal(expected, StapDiagnosticDescriptors.GetSeverity(code));
            }
        }

        [Fact]
        public void EveryErrorCodeHasAMessage()
        {
            var missing = System.Enum.GetValues(typeof(ErrorCode)).Cast<ErrorCode>()
                .Where(c => c != ErrorCode.Unknown && !DiagnosticMessages.HasMessage(c)).ToList();
            Assert.True(missing.Count == 0, "No message in Messages.resx for: " + string.Join(", ", missing));
        }

        [Fact]
        public void FormatsLikeTheCompilerAndOptionallyLikeStap()
        {
            var text = SourceText.From("probe a { x }\nprobe b { y }\nprob!e c { z }\n");
            var span = new TextSpan(text.Lines[2].Start + 4, 1);
            var location = Location.Create("file.stp", span, text.Lines.GetLinePositionSpan(span));
            var diagnostic = Diagnostic.Create(StapDiagnosticDescriptors.Get(ErrorCode.ERR_AnalyzerException), location, "A", "B", "C");
            Assert.Equal("file.stp(3,5): error STP9001: Analyzer 'A' threw an exception of type 'B': C", diagnostic.ToString());
            Assert.Equal(diagnostic.ToString(), StapDiagnosticFormatter.Format(diagnostic));
            Assert.Equal("file.stp:3:5: error STP9001: Analyzer 'A' threw an exception of type 'B': C", StapDiagnosticFormatter.FormatStapStyle(diagnostic));
        }

        [Fact]
        public void ParseDiagnosticsHaveExactLocationsAndComeInOrder()
        {
            var tree = StapSyntaxTree.ParseText("probe begin {\n  x = 1\n  y = \"open\n}\nprobe end { z = ) }\n", path: "bad.stp");
            var diagnostics = tree.GetDiagnostics().ToList();
            Assert.NotEmpty(diagnostics);
            var positions = diagnostics.Select(d => d.Location.SourceSpan.Start).ToList();
            Assert.Equal(positions.OrderBy(p => p), positions);
            var first = diagnostics[0];
            Assert.Equal("bad.stp", first.Location.GetLineSpan().Path);
            Assert.Equal(2, first.Location.GetLineSpan().StartLinePosition.Line);
            var formatted = StapDiagnosticFormatter.Format(first);
            Assert.StartsWith("bad.stp(3,", formatted);
            Assert.Contains(": error STP0", formatted);
            Assert.DoesNotContain("ERR_", first.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void NodeAndTokenLocations()
        {
            var tree = StapSyntaxTree.ParseText("global a\nprobe begin { a = 1 }\n", path: "p.stp");
            var probe = tree.GetRoot().Members[1];
            var location = probe.GetLocation();
            Assert.Equal("p.stp", location.GetLineSpan().Path);
            Assert.Equal(new LinePosition(1, 0), location.GetLineSpan().StartLinePosition);
            var token = probe.GetLastToken();
            Assert.Equal(new LinePosition(1, 20), token.GetLocation().GetLineSpan().StartLinePosition);
        }
    }
}
