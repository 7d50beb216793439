using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using StapSharp.Syntax;
using Xunit.Abstractions;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.SubLanguages
{
    /// <summary>
    /// Runs the real stap 4.8 on lists of formats and specs and asserts that StapSharp accepts exactly what
    /// stap accepts. The lists are ours; stap decides the expected answer.
    /// </summary>
    public sealed class StapCrossCheckTests
    {
        // Raw literal contents (between the quotes), so they go into the script unchanged.
        private static readonly string[] s_formats =
        {
            "plain text", "%%", "100%% sure", "%-10s %#x %*d %M %b %c %p %%\\n",
            "%d", "%i", "%o", "%u", "%x", "%X", "%c", "%s", "%p", "%b", "%m", "%M",
            "%-d", "%+d", "% d", "%#o", "%0d", "%-010d", "%00d", "%08.3x", "%10.4m", "%.*M", "%*.*d", "%-*.*s",
            "%.d", "%.x", "%5.3s", "%ld", "%lu", "%lX", "%ls", "%lc", "%lp", "%lm", "%lM", "%lb", "%4b", "%3b",
            "%#c", "%#m", "%#M", "%#b", "%99999999999d",
            "%l", "%.", "%.l", "x%.", "a%lb",
            "%", "abc%", "%%%", "%q", "%e", "%n", "%f", "%D", "%U", "%S", "%hd", "%Ld", "%zd", "%lld", "%llx",
            "%+-5d", "%--d", "%*5d", "%5*d", "%.5.3d", "%l5d", "%l%d", "%.%", "%5%", "%-%", "%l ", "%l\\n", "%\\n",
            "%5", "%-", "%0", "%+", "% ", "%#", "%*", "%.5", "%.*", "%5.", "%5l", "%-l",
            "%\\\"", "a\\\"%s\\\"b",
        };

        // Spec texts; each runs in its own stap because pass 2 stops reporting after the first bad one.
        // Left out: "main@x.c:-" and "main@x.c:3,-", which crash stap 4.8 (vector::_M_range_check).
        private static readonly string[] s_specs =
        {
            "main", "ma@in", "m[ab]*?@*", "*@x.c:*", "main@x.c:10", "main@x.c:1,3-5", "main@x.c+3", "main@@x",
            "main@x.c:5-", "main@x.c:-5", "main@x.c:5-3", "main@x.c:1,,2", "main@x.c: 1", "main@x.c:+3",
            "main@x.c:1-x-3", "main@x.c:,", "main@x.c+,", "main@x.c:007", "main@x.c:2147483647", "main:3", "a::b",
            "", "@x.c", "main@", "main@:3", "main@x.c:", "main@x.c+", "main@x.c:abc", "main@x.c:1:2", "main@x.c+*",
            "main@x.c:0x10", "main@x.c:1 ", "main@x.c:*,3", "main@x.c:1-*", "main@x.c:1-2-x", "main@x.c:+",
            "main@x.c:2147483648", "main@a+b.c:3",
        };

        private static readonly Regex s_errorLine = new(@"^parse error: (?<message>.*)$", RegexOptions.Multiline);
        private static readonly Regex s_location = new(@"at .*:(?<line>\d+):\d+$", RegexOptions.Multiline);

        private readonly ITestOutputHelper _output;

        public StapCrossCheckTests(ITestOutputHelper output) => _output = output;

        [RequiresFact(Needs.Stap | Needs.KernelBuildTree)]
        public void PrintfFormats_AcceptedExactlyLikeStap()
        {
            Prerequisites.Require(Needs.Stap | Needs.KernelBuildTree);
            // One probe per line; with -v stap reports every parse error with its line.
            string script = string.Join("\n", s_formats.Select(f => "probe begin { printf(\"" + f + "\") }")) + "\n";
            Dictionary<int, string> stapErrors = RunAndCollectErrors(script);

            var mismatches = new List<string>();
            for (int i = 0; i < s_formats.Length; i++)
            {
                string value = StringLiteralValueMap.FromLiteral("\"" + s_formats[i] + "\"").Value;
                PrintfFormat ours = PrintfFormat.Parse(value);
                stapErrors.TryGetValue(i + 1, out string? stapMessage);
                string? ourMessage = ours.HasErrors ? ours.Errors[0].Message : null;
                _output.WriteLine($"{s_formats[i],-30} stap: {stapMessage ?? "ok"}   ours: {ourMessage ?? "ok"}");
                if (stapMessage != ourMessage) mismatches.Add($"\"{s_formats[i]}\": stap {stapMessage ?? "ok"}, ours {ourMessage ?? "ok"}");
            }

            Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        }

        [RequiresFact(Needs.Stap | Needs.KernelBuildTree)]
        public void FunctionSpecs_AcceptedExactlyLikeStap()
        {
            Prerequisites.Require(Needs.Stap | Needs.KernelBuildTree);
            var mismatches = new List<string>();
            foreach (string spec in s_specs)
            {
                string script = "probe process(\"/bin/true\").function(\"" + spec + "\") {}\n";
                string errors = RunScript(2, script);
                bool stapRejects = errors.Contains("malformed specification", StringComparison.Ordinal);
                FunctionSpec ours = FunctionSpec.Parse(spec);
                _output.WriteLine($"{spec,-26} stap: {(stapRejects ? "malformed" : "ok")}   ours: {(ours.HasErrors ? ours.Errors[0].ToString() : "ok")}");
                if (stapRejects != ours.HasErrors) mismatches.Add($"\"{spec}\": stap {(stapRejects ? "rejects" : "accepts")}");
            }

            Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        }

        private static Dictionary<int, string> RunAndCollectErrors(string script)
        {
            string errors = RunScript(1, script);
            var result = new Dictionary<int, string>();
            foreach (Match error in s_errorLine.Matches(errors))
            {
                // The "saw: ... at FILE:LINE:COL" line follows the message.
                Match location = s_location.Match(errors, error.Index);
                result[int.Parse(location.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture)] =
                    error.Groups["message"].Value.Trim();
            }

            return result;
        }

        private static string RunScript(int pass, string script)
        {
            string path = Path.Combine(Path.GetTempPath(), "stapsharp-crosscheck-" + Guid.NewGuid().ToString("N") + ".stp");
            File.WriteAllText(path, script, new UTF8Encoding(false));
            try
            {
                return StapTool.Run(pass, path);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
