using System;
using System.Text;
using StapSharp.Syntax;
using static StapSharp.Syntax.Tests.Lexing.LexerTestHelpers;

namespace StapSharp.Syntax.Tests.Lexing
{
    /// <summary>Random input never throws, always terminates, and always round-trips.</summary>
    public class LexerFuzzTests
    {
        private static readonly string[] s_soup =
        {
            "%(", "%?", "%:", "%)", "%{", "%}", "}%", "@define", "@m", "@1", "@#", "$1", "$#", "$", "$$x", "@", "@cast",
            "\"", "\"str\"", "\\", "\\\n", "'", "`", "#", "//", "/*", "*/", "\n", "\r", "\r\n", " ", "\t", "\0",
            "kernel_v", "arch", "CONFIG_SMP", "guru_mode", "==", "!=", "<", ">=", "&&", "||", "(", ")", "[", "]", ",",
            "1", "0x", "09", "18446744073709551616", "probe", "begin", "{", "}", "=", ";", "<<<", ">>>", "->", "-",
            "\u00e9", "\ud83d\ude00", "\ud800", "x", "\"x86_64\"", "\"6.1\"", "private", "@_IS_SREG_KERNEL",
        };

        private const string Special = "%(){}\"\\$@#?:\n";

        private static readonly StapParseOptions[] s_options =
        {
            StapParseOptions.Default.WithKernelConfig(KernelConfiguration.Empty),
            StapParseOptions.Default.WithKernelConfig(KernelConfiguration.Empty).WithArguments(new[] { "a", "$1", "x y" }),
            StapParseOptions.Default.WithKernelConfig(KernelConfiguration.Empty).WithLanguageVersion(new Version(2, 0)),
        };

        [Fact]
        public void RandomCharactersRoundTrip()
        {
            var random = new Random(12345);
            for (int iteration = 0; iteration < 1500; iteration++)
            {
                int length = random.Next(0, 200);
                var builder = new StringBuilder(length);
                for (int i = 0; i < length; i++)
                {
                    int pick = random.Next(10);
                    builder.Append(pick < 6 ? (char)random.Next(0, 128) : pick < 9 ? Special[random.Next(Special.Length)] : (char)random.Next(128, 0xFFFF));
                }
                AssertRoundTrip(builder.ToString(), s_options[iteration % s_options.Length]);
            }
        }

        [Fact]
        public void RandomTokenSoupRoundTrips()
        {
            var random = new Random(54321);
            for (int iteration = 0; iteration < 3000; iteration++)
            {
                int count = random.Next(0, 60);
                var builder = new StringBuilder();
                for (int i = 0; i < count; i++)
                {
                    builder.Append(s_soup[random.Next(s_soup.Length)]);
                    if (random.Next(3) == 0) builder.Append(' ');
                }
                AssertRoundTrip(builder.ToString(), s_options[iteration % s_options.Length]);
            }
        }

        [Fact]
        public void DeepAndLongInputsTerminate()
        {
            AssertRoundTrip(string.Concat(System.Linq.Enumerable.Repeat("%( 1 == 1 %? ", 5000)), s_options[0]);
            AssertRoundTrip(string.Concat(System.Linq.Enumerable.Repeat("%( 1 == 0 %? ", 5000)), s_options[0]);
            AssertRoundTrip("@define m " + string.Concat(System.Linq.Enumerable.Repeat("%( ", 5000)), s_options[0]);
            AssertRoundTrip(string.Concat(System.Linq.Enumerable.Repeat("%: %) %? ", 3000)), s_options[0]);
            AssertRoundTrip(string.Concat(System.Linq.Enumerable.Repeat("%( a ", 3000)), s_options[0]);
            AssertRoundTrip("%( 1 == 1" + string.Concat(System.Linq.Enumerable.Repeat(" && 1 == 1", 20000)) + " %? a %)", s_options[0]);
        }

        private static void AssertRoundTrip(string text, StapParseOptions options)
        {
            var tokens = Lexer.LexAll(text, options);
            Assert.Equal(text, FullText(tokens));
            Assert.Equal(SyntaxKind.EndOfFileToken, tokens[tokens.Count - 1].Kind);
            Assert.True(tokens.Count <= text.Length + 1);
            int position = 0;
            var diagnostics = new System.Collections.Generic.List<LexedDiagnostic>();
            foreach (var token in tokens)
            {
                Collect(token, position, diagnostics);
                position += token.FullWidth;
            }
            foreach (var d in diagnostics)
                Assert.InRange(d.Position + d.Width, 0, text.Length);
        }
    }
}
