using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StapSharp.Diagnostics;
using StapSharp.Syntax.InternalSyntax;
using StapSharp.Syntax.Tests.Corpus;
using Xunit.Abstractions;
using StapSharp.Testing;

namespace StapSharp.Syntax.Tests.Parsing
{
    /// <summary>
    /// The parser never throws, never hangs and always round-trips: on the installed corpus with tokens dropped,
    /// on random bytes and token soup, and on input nested far deeper than the nesting limit.
    /// </summary>
    public class ParserRobustnessTests
    {
        private readonly ITestOutputHelper _output;

        public ParserRobustnessTests(ITestOutputHelper output) => _output = output;

        private static GreenNode Parse(string text, StapParseOptions? options = null)
            => new LanguageParser(SourceText.From(text), options ?? StapParseOptions.Default).ParseCompilationUnit();

        /// <summary>Runs <paramref name="action"/> on a thread with a 1 MB stack, like a small worker thread.</summary>
        private static void OnSmallStack(Action action)
        {
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try { action(); }
                catch (Exception e) { failure = e; }
            }, maxStackSize: 1024 * 1024);
            thread.Start();
            Assert.True(thread.Join(TimeSpan.FromSeconds(300)), "parsing did not finish within 300 s");
            if (failure != null) throw new Exception("parsing failed on a 1 MB stack", failure);
        }

        public static IEnumerable<object[]> DeepInputs()
        {
            const int n = LanguageParser.MaxNestingDepth + 100;
            yield return new object[] { "parentheses", "probe a { x = " + new string('(', n) + "1" + new string(')', n) + " }" };
            yield return new object[] { "blocks", "probe a " + new string('{', n) + new string('}', n) };
            yield return new object[] { "unary", "probe a { x = " + string.Concat(Enumerable.Repeat("! ", n)) + "y }" };
            yield return new object[] { "assignments", "probe a { " + string.Concat(Enumerable.Repeat("a = ", n)) + "1 }" };
            yield return new object[] { "ternaries", "probe a { x = " + string.Concat(Enumerable.Repeat("a ? b : ", n)) + "c }" };
            yield return new object[] { "ifs", "probe a { " + string.Concat(Enumerable.Repeat("if (x) ", n)) + "y = 1 }" };
            yield return new object[] { "probe point groups", "probe " + new string('{', n) + "a" + new string('}', n) + " {}" };
            yield return new object[] { "calls", "probe a { x = " + string.Concat(Enumerable.Repeat("f(", n)) + new string(')', n) + " }" };
            yield return new object[] { "unclosed", "probe a { x = " + new string('(', n) };
        }

        [Theory]
        [MemberData(nameof(DeepInputs))]
        public void DeepNestingYieldsOneDiagnostic(string shape, string text)
        {
            OnSmallStack(() =>
            {
                var root = Parse(text);
                Assert.Equal(text, root.ToFullString());
                var diagnostics = GreenTreeInspector.Diagnostics(root);
                Assert.Contains(diagnostics, d => d.Code == ErrorCode.ERR_NestingTooDeep);
                Assert.True(diagnostics.Count <= 3, $"{shape}: {diagnostics.Count} diagnostics");
            });
        }

        [Theory]
        [InlineData(100)]
        [InlineData(LanguageParser.MaxNestingDepth / 2)]
        public void NestingBelowTheLimitParsesCleanly(int depth)
        {
            OnSmallStack(() =>
            {
                string text = "function f() { return " + new string('(', depth) + "1" + new string(')', depth) + " }";
                var root = Parse(text);
                Assert.Equal(text, root.ToFullString());
                Assert.Empty(GreenTreeInspector.Diagnostics(root));
            });
        }

        [Fact]
        public void RandomBytesNeverThrow()
        {
            var random = new Random(4711);
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < 3000; i++)
            {
                int length = random.Next(0, 200);
                var chars = new char[length];
                for (int j = 0; j < length; j++) chars[j] = (char)random.Next(0, 256);
                AssertRoundTrip(new string(chars));
            }
            _output.WriteLine($"3000 random inputs in {watch.ElapsedMilliseconds} ms");
        }

        private static readonly string[] s_vocabulary =
        {
            "probe", "global", "private", "function", "if", "else", "for", "foreach", "in", "limit", "return",
            "delete", "while", "break", "continue", "next", "string", "long", "try", "catch", "begin", "kernel",
            "x", "arr", "$var", "$$parms", "$", "$1", "@1", "$#", "@cast", "@var", "@defined", "@entry", "@count",
            "@sum", "@hist_log", "@hist_linear", "@m", "@define", "%(", "%?", "%:", "%)", "%{ c %}", "\"s\"", "1",
            "0x10", "(", ")", "[", "]", "{", "}", ";", ",", ":", "?", "!", ".", "+", "-", "*", "/", "%", "&", "|",
            "^", "~", "=", "==", "!=", "<", ">", "<=", ">=", "=~", "!~", "+=", "<<<", ">>>", "<<", "->", "++", "--",
            "&&", "||", ".=", "printf", "print", "printd", "#c\n", "/* c */", "\n", " ", "arch", "==", "\"x86_64\"",
        };

        [Fact]
        public void TokenSoupNeverThrows()
        {
            var random = new Random(1234);
            var builder = new StringBuilder();
            for (int i = 0; i < 3000; i++)
            {
                builder.Clear();
                int count = random.Next(0, 60);
                for (int j = 0; j < count; j++)
                {
                    builder.Append(s_vocabulary[random.Next(s_vocabulary.Length)]);
                    if (random.Next(3) > 0) builder.Append(' ');
                }
                AssertRoundTrip(builder.ToString());
            }
        }

        private static void AssertRoundTrip(string text)
        {
            var root = Parse(text);
            if (root.ToFullString() != text)
                Assert.Fail("round trip failed for " + GreenTreeInspector.Quote(text));
            // The single-construct entry points keep everything too.
            var parser = new LanguageParser(SourceText.From(text), StapParseOptions.Default);
            Assert.Equal(text, parser.ParseStatement().ToFullString());
            Assert.Equal(text, new LanguageParser(SourceText.From(text), StapParseOptions.Default).ParseExpression().ToFullString());
            Assert.Equal(text, new LanguageParser(SourceText.From(text), StapParseOptions.Default).ParseProbePoint().ToFullString());
        }

        /// <summary>
        /// Re-parses corpus files with one token removed (a deterministic sample of tokens per file, within a
        /// time budget): the parser must not throw and the round trip must hold.
        /// </summary>
        [RequiresFact(Needs.Tapsets | Needs.Examples)]
        public void DroppingAnyTokenFromCorpusFilesKeepsTheRoundTrip()
        {
            Prerequisites.Require(Needs.Tapsets | Needs.Examples);
            var random = new Random(2024);
            var watch = Stopwatch.StartNew();
            int parses = 0;
            foreach (var file in SystemTapCorpus.AllFiles)
            {
                if (watch.Elapsed > TimeSpan.FromSeconds(15)) break;
                var spans = TokenSpans(Parse(file.Text, file.Options));
                if (spans.Count == 0) continue;
                int samples = Math.Min(spans.Count, 8);
                for (int i = 0; i < samples; i++)
                {
                    var (start, length) = spans[random.Next(spans.Count)];
                    string mutated = file.Text.Remove(start, length);
                    var root = Parse(mutated, file.Options);
                    if (root.ToFullString() != mutated)
                        Assert.Fail($"{file.Path}: round trip failed after removing the token at {start}");
                    parses++;
                }
            }
            _output.WriteLine($"{parses} mutated parses in {watch.ElapsedMilliseconds} ms");
            Assert.True(parses > 0);
        }

        /// <summary>The (start, length) of every token's text, trivia excluded.</summary>
        private static List<(int Start, int Length)> TokenSpans(GreenNode root)
        {
            var spans = new List<(int, int)>();
            int position = 0;
            foreach (var node in GreenTreeInspector.NodesAndTokens(root))
            {
                if (node is not GreenToken token) continue;
                if (token.Width > 0) spans.Add((position + token.GetLeadingTriviaWidth(), token.Width));
                position += token.FullWidth;
            }
            return spans;
        }
    }
}
