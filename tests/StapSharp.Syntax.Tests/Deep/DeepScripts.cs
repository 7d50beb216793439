using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace StapSharp.Syntax.Tests.Deep
{
    /// <summary>
    /// Valid scripts nested <c>depth</c> levels deep in one construct each, and long operator chains. The Syntax and
    /// Codegen tests share them (the Codegen test project links this file).
    ///
    /// What stap 4.8 does with them (<c>stap -p2</c>, found by bisection with generated files like these on the
    /// project machine): it accepts 1,000 levels of every shape and a 20,000-term chain; it crashes with SIGSEGV at
    /// about 5,100 nested parentheses, 4,600 nested calls or array indexes, 15,000 nested ifs or if/else chains,
    /// 17,000 nested whiles, 21,000 unary operators and 35,000 nested blocks. StapSharp parses up to
    /// <c>LanguageParser.MaxNestingDepth</c> (100,000) levels and reports STP1032 beyond.
    /// </summary>
    internal static class DeepScripts
    {
        private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

        private static string Probe(string body) => "probe begin {\n" + body + "\n  exit()\n}\n";

        /// <summary>Every nesting construct, <paramref name="depth"/> levels deep.</summary>
        public static IEnumerable<(string Shape, string Text)> Nested(int depth)
        {
            string opens = new string('(', depth), closes = new string(')', depth);
            yield return ("parentheses", Probe("  x = " + opens + "1" + closes + "\n  println(x)"));
            yield return ("if", Probe("  x = 1\n  " + Repeat("if (x) ", depth) + "println(x)"));
            yield return ("if/else", Probe("  x = 1\n  " + Repeat("if (x) println(1) else ", depth) + "println(x)"));
            yield return ("while", Probe("  x = 0\n  " + Repeat("while (x < 1) ", depth) + "x++"));
            yield return ("for", Probe("  x = 0\n  " + Repeat("for (; x < 1;) ", depth) + "x++"));
            yield return ("foreach", "global a\n" + Probe("  a[1] = 1\n  " + Repeat("foreach (k in a) ", depth) + "println(k)"));
            yield return ("blocks", Probe("  x = 1\n  " + new string('{', depth) + "println(x)" + new string('}', depth)));
            yield return ("calls", "function f(x) { return x }\n" + Probe("  x = " + Repeat("f(", depth) + "1" + closes + "\n  println(x)"));
            yield return ("unary", Probe("  x = " + Repeat("- ~", depth / 2) + "1\n  println(x)"));
            yield return ("not", Probe("  x = " + new string('!', depth) + "1\n  println(x)"));
            yield return ("ternary else chain", Probe("  x = 1\n  y = " + Repeat("x ? 1 : ", depth) + "2\n  println(y)"));
            yield return ("ternary then chain", Probe("  x = 1\n  y = " + Repeat("x ? ", depth) + "1" + Repeat(" : 2", depth) + "\n  println(y)"));
            yield return ("array index", "global a\n" + Probe("  a[0] = 0\n  x = " + Repeat("a[", depth) + "0" + new string(']', depth) + "\n  println(x)"));
            yield return ("assignments", Probe("  x = " + Repeat("x = ", depth) + "1\n  println(x)"));
            yield return ("right-nested sums", Probe("  y = " + Repeat("1 + (", depth) + "1" + closes + "\n  println(y)"));
        }

        /// <summary>Left-deep operator chains of <paramref name="terms"/> terms: the common deep shape.</summary>
        public static IEnumerable<(string Shape, string Text)> Chains(int terms)
        {
            yield return ("sum chain", Probe("  x = " + string.Join(" + ", Enumerable.Repeat("1", terms)) + "\n  println(x)"));
            yield return ("concatenation chain", Probe("  s = " + string.Join(" . ", Enumerable.Repeat("\"a\"", terms)) + "\n  println(s)"));
            yield return ("logical chain", Probe("  x = 1\n  y = " + string.Join(" && ", Enumerable.Repeat("x", terms)) + "\n  println(y)"));
            yield return ("statement list", Probe(Repeat("  x++\n", terms) + "  println(x)"));
        }

        /// <summary>
        /// Runs <paramref name="action"/> on a thread with a 256 KB stack, so that even 1,000 levels exhaust it and
        /// the code under test must continue on a larger stack by itself.
        /// </summary>
        /// <summary>Theory data: every nesting shape at 1,000 levels (shape, text).</summary>
        public static IEnumerable<object[]> NestedThousandLevels() => Nested(1000).Select(s => new object[] { s.Shape, s.Text });

        /// <summary>Theory data: every chain shape with 20,000 terms (shape, text).</summary>
        public static IEnumerable<object[]> ChainsOfTwentyThousand() => Chains(20000).Select(s => new object[] { s.Shape, s.Text });

        public static void OnSmallStack(Action action)
        {
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try { action(); }
                catch (Exception e) { failure = e; }
            }, maxStackSize: 256 * 1024);
            thread.Start();
            thread.Join();
            if (failure != null) throw new InvalidOperationException("failed on a 256 KB stack", failure);
        }
    }
}
