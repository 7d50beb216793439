using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using StapSharp.Syntax;

namespace StapSharp.Benchmarks
{
    /// <summary>
    /// Real printf formats and function specs taken from the tapset corpus (their stap values), cycled to a fixed
    /// sample size so the benchmarks can report the cost per string. A small built-in list stands in when no
    /// corpus is installed.
    /// </summary>
    internal static class SubLanguageSamples
    {
        public const int SampleSize = 256;

        private const string StringLiteral = "\"((?:[^\"\\\\\\r\\n]|\\\\.)*)\"";

        private static readonly Regex s_printfFormat = new(@"\bs?printf\s*\(\s*" + StringLiteral, RegexOptions.CultureInvariant);

        private static readonly Regex s_functionSpec = new(@"\.(?:function|statement)\s*\(\s*" + StringLiteral, RegexOptions.CultureInvariant);

        private static readonly string[] s_fallbackFormats =
        {
            "%s(%d)\\n", "%-10s %#x %*d %M %b %c %p %%\\n", "%s -> %s\\n", "%d:%d %s", "%.*s", "%016lx",
        };

        private static readonly string[] s_fallbackSpecs =
        {
            "vfs_read", "sys_*@fs/*.c", "*@kernel/sched/core.c:100-200", "do_sys_open@fs/open.c+5", "tcp_*",
        };

        public static string[] PrintfFormats(TapsetCorpus corpus) => Sample(Extract(corpus, s_printfFormat), s_fallbackFormats);

        public static string[] FunctionSpecs(TapsetCorpus corpus) => Sample(Extract(corpus, s_functionSpec), s_fallbackSpecs);

        private static List<string> Extract(TapsetCorpus corpus, Regex pattern) =>
            corpus.Files
                .SelectMany(f => pattern.Matches(f.Text).Cast<Match>())
                .Select(m => StringLiteralValueMap.FromLiteral("\"" + m.Groups[1].Value + "\"").Value)
                .Distinct()
                .ToList();

        private static string[] Sample(List<string> found, string[] fallback)
        {
            IReadOnlyList<string> source = found.Count > 0 ? found : fallback;
            var sample = new string[SampleSize];
            for (int i = 0; i < sample.Length; i++) sample[i] = source[i % source.Count];
            return sample;
        }
    }
}
