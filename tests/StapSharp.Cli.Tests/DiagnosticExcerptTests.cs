using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace StapSharp.Cli.Tests
{
    /// <summary>The source line with a caret under each diagnostic, and when it is coloured.</summary>
    public class DiagnosticExcerptTests
    {
        /// <summary>An SGR (colour) escape sequence; .NET itself writes other escapes (keypad mode) to a terminal.</summary>
        private static readonly Regex s_colour = new("\u001b\\[[0-9;]*m");
        private static readonly string[] s_parseError = { "parse", "-e", "probe begin { x = }" };
        private static readonly Dictionary<string, string?> s_noColorUnset = new() { ["NO_COLOR"] = null, ["TERM"] = "xterm" };
        private static readonly Dictionary<string, string?> s_noColorSet = new() { ["NO_COLOR"] = "1", ["TERM"] = "xterm" };

        [Fact]
        public void CaretUnderTheErrorPosition()
        {
            var (exit, stdout, _) = CliRunner.Run("parse", "--color=never", "-e", "probe begin { x = }");
            Assert.Equal(1, exit);
            Assert.Equal(
                "<input>(1,19): error STP1004: expression expected, found '}'\n" +
                "    1 | probe begin { x = }\n" +
                "      |                   ^\n",
                stdout.Replace("\r\n", "\n"));
        }

        [Fact]
        public void TildesUnderTheSpanAndTabsKept()
        {
            using var temp = new TempScripts();
            string path = temp.Write("t.stp", "global unused\nprobe begin {\n\tx = 10 / 0\n\tprintln(x)\n}\n");
            var (_, stdout, _) = CliRunner.Run("check", "--no-tapsets", "--color=never", "--severity", "STP2104=none", path);
            Assert.Equal(
                $"{path}(1,8): warning STP5004: Global variable 'unused' is never used\n" +
                "    1 | global unused\n" +
                "      |        ^~~~~~\n" +
                $"{path}(3,11): warning STP5013: Division by the constant zero always fails at run time\n" +
                "    3 | \tx = 10 / 0\n" +
                "      | \t         ^\n",
                stdout.Replace("\r\n", "\n"));
        }

        [Fact]
        public void ColorAlwaysColoursSeverityAndCaret()
        {
            var (_, stdout, _) = CliRunner.Run("parse", "--color=always", "-e", "probe begin { x = }");
            Assert.Contains("\u001b[1;31merror STP1004:\u001b[0m expression expected", stdout, StringComparison.Ordinal);
            Assert.Contains("|                   \u001b[1;32m^\u001b[0m", stdout, StringComparison.Ordinal);
        }

        [Fact]
        public void JsonOutputHasNoExcerptOrColour()
        {
            var (_, stdout, _) = CliRunner.Run("check", "--color=always", "--format", "json", "-e", "probe begin { x = }");
            Assert.DoesNotMatch(s_colour, stdout);
            Assert.DoesNotContain(" | ", stdout, StringComparison.Ordinal);
            Assert.Contains("STP1004", stdout);
        }

        [Fact]
        public void RedirectedOutputHasNoEscapeCodes()
        {
            var (exit, stdout, stderr) = CliProcess.RunRedirected(s_noColorUnset, s_parseError);
            Assert.Equal(1, exit);
            Assert.Contains("      |                   ^", stdout);
            Assert.DoesNotMatch(s_colour, stdout);
            Assert.DoesNotMatch(s_colour, stderr);
        }

        [TerminalFact]
        public void TerminalOutputIsColoured()
        {
            var (exit, output) = CliProcess.RunInTerminal(s_noColorUnset, s_parseError);
            Assert.Equal(1, exit);
            Assert.Contains("\u001b[1;31merror STP1004:", output, StringComparison.Ordinal);
        }

        [TerminalFact]
        public void NoColorTurnsColourOffOnATerminal()
        {
            var (exit, output) = CliProcess.RunInTerminal(s_noColorSet, s_parseError);
            Assert.Equal(1, exit);
            Assert.Contains("error STP1004:", output);
            Assert.DoesNotMatch(s_colour, output);
        }

        [TerminalFact]
        public void ColorAlwaysWinsOverNoColor()
        {
            var (_, output) = CliProcess.RunInTerminal(s_noColorSet, "parse", "--color=always", "-e", "probe begin { x = }");
            Assert.Contains("\u001b[1;31merror STP1004:", output, StringComparison.Ordinal);
        }
    }
}
