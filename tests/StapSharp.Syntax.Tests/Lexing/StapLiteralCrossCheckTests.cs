using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using StapSharp.Syntax;
using static StapSharp.Syntax.Tests.Lexing.LexerTestHelpers;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.Lexing
{
    /// <summary>
    /// Differential check of literal values against the installed stap 4.8 (<c>-p1</c> prints numbers in
    /// decimal and strings with only <c>"</c> escaped). Skipped with the reason when stap or a kernel
    /// build tree (for <c>-r</c>) is missing; a failure in CI.
    /// </summary>
    public class StapLiteralCrossCheckTests
    {
        private static readonly string[] s_validLiterals =
        {
            "0", "017", "0x1F", "0X1f", "9223372036854775807", "9223372036854775808", "18446744073709551615",
            "0xffffffffffffffff", "\"plain\"", "\"a\\q\\\"b\"", "\"\\a\\b\\t\\n\\v\\f\\r\\\\\"", "\"\\0\\17\\777\\8\"",
            "\"\\x41\\X41\"", "\"%d\\n\"", "\"tab\there\"", "\"a\\\nb\"", "\"\"",
        };

        private static readonly string[] s_invalidNumbers = { "09", "0x", "1e5", "2015a", "18446744073709551616" };

        [RequiresFact(Needs.Stap | Needs.KernelBuildTree)]
        public void LiteralValuesMatchStap()
        {
            Prerequisites.Require(Needs.Stap | Needs.KernelBuildTree);
            var script = new StringBuilder("probe begin {\n");
            for (int i = 0; i < s_validLiterals.Length; i++) script.Append("x").Append(i).Append(" = ").Append(s_validLiterals[i]).Append(";\n");
            script.Append("}\n");
            var (exitCode, output) = RunStap(script.ToString());
            Assert.Equal(0, exitCode);

            var printed = new Dictionary<int, string>();
            foreach (Match m in Regex.Matches(output, @"\(x(\d+)\) = \((.*?)\);\n", RegexOptions.Singleline))
                printed[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = m.Groups[2].Value;
            for (int i = 0; i < s_validLiterals.Length; i++)
            {
                var token = LexSingle(s_validLiterals[i]);
                Assert.Empty(token.Diagnostics);
                string ours = token.Kind == SyntaxKind.NumericLiteralToken
                    ? ((long)token.Value!).ToString(CultureInfo.InvariantCulture)
                    : "\"" + token.ValueText.Replace("\"", "\\\"") + "\"";
                Assert.True(printed.TryGetValue(i, out var theirs), "stap printed nothing for " + s_validLiterals[i]);
                Assert.Equal(theirs, ours);
            }
        }

        [RequiresFact(Needs.Stap | Needs.KernelBuildTree)]
        public void InvalidNumbersFailInStapToo()
        {
            Prerequisites.Require(Needs.Stap | Needs.KernelBuildTree);
            foreach (var number in s_invalidNumbers)
            {
                Assert.NotEqual(0, RunStap("probe begin { x = " + number + " }").ExitCode);
                Assert.NotEmpty(LexSingle(number).Diagnostics);
            }
        }

        private static (int ExitCode, string Output) RunStap(string script)
        {
            var start = new ProcessStartInfo(Prerequisites.Stap!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-r", Prerequisites.Kernel!.Release, "-p1", "-e", script }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = stderr.Result;
            return (process.ExitCode, output);
        }
    }
}
