using System.Collections.Generic;
using System.Collections.Immutable;
using StapSharp.Codegen;
using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen.Tests
{
    /// <summary>
    /// Hand-built IR for the test scripts, standing in for the lowering until the semantic model exists.
    /// Each sample documents the script it represents and the exact output the language semantics require.
    /// </summary>
    internal static class SampleModules
    {
        private static readonly IrSourceLocation s_at = new("sample.stp", 1, 1);

        private static IrSourceLocation At(int line, int column) => new("sample.stp", line, column);

        private static IrExpression L(long value) => new IrLongLiteral(value);

        private static IrExpression S(string value) => new IrStringLiteral(value);

        private static IrStatement Printf(string format, params IrExpression[] arguments) =>
            new IrExpressionStatement(new IrFormat(false, format, ImmutableArray.Create(arguments)));

        private static ImmutableArray<T> Array<T>(params T[] items) => ImmutableArray.Create(items);

        /// <summary><c>probe oneshot { printf("hello, world!\n") }</c> prints <c>hello, world!\n</c>.</summary>
        public static IrModule Hello() => new(
            ImmutableArray<IrGlobal>.Empty,
            ImmutableArray<IrFunction>.Empty,
            Array(new IrProbe(new IrSessionProbePoint(IrSessionProbeKind.Oneshot),
                IrBlock.Of(Printf("hello, world!\n") with { Location = At(1, 17) })) { Location = At(1, 7) }));

        public const string HelloOutput = "hello, world!\n";

        /// <summary>
        /// <code>
        /// global count = 40, greeting = "hello", total
        /// probe begin { count = count + 2; total = count * 3 - 6 / 2; greeting = greeting . ", " . "world"; printf("begin %d %s\n", count, greeting) }
        /// probe end { printf("end %d %d %s\n", total, count % 5, greeting . "!") }
        /// </code>
        /// prints <c>begin 42 hello, world\nend 123 2 hello, world!\n</c>.
        /// </summary>
        public static IrModule BeginEnd()
        {
            var count = new IrGlobal("count", IrType.Long) { Initializer = L(40) };
            var greeting = new IrGlobal("greeting", IrType.String) { Initializer = S("hello") };
            var total = new IrGlobal("total", IrType.Long);
            IrExpression Count() => new IrGlobalReference(count);
            IrExpression Greeting() => new IrGlobalReference(greeting);
            var begin = new IrProbe(new IrSessionProbePoint(IrSessionProbeKind.Begin), IrBlock.Of(
                new IrAssignment(Count(), new IrBinaryExpression(IrBinaryOperator.Add, Count(), L(2))) { Location = At(2, 15) },
                new IrAssignment(new IrGlobalReference(total),
                    new IrBinaryExpression(IrBinaryOperator.Subtract,
                        new IrBinaryExpression(IrBinaryOperator.Multiply, Count(), L(3)),
                        new IrBinaryExpression(IrBinaryOperator.Divide, L(6), L(2)) { Location = At(2, 50) })) { Location = At(2, 33) },
                new IrAssignment(Greeting(), new IrConcatenation(new IrConcatenation(Greeting(), S(", ")), S("world"))) { Location = At(2, 58) },
                Printf("begin %d %s\n", Count(), Greeting()) with { Location = At(2, 100) })) { Location = At(2, 7) };
            var end = new IrProbe(new IrSessionProbePoint(IrSessionProbeKind.End), IrBlock.Of(
                Printf("end %d %d %s\n", new IrGlobalReference(total),
                    new IrBinaryExpression(IrBinaryOperator.Modulo, Count(), L(5)),
                    new IrConcatenation(Greeting(), S("!"))) with { Location = At(3, 13) })) { Location = At(3, 7) };
            return new IrModule(Array(count, greeting, total), ImmutableArray<IrFunction>.Empty, Array(begin, end));
        }

        public const string BeginEndOutput = "begin 42 hello, world\nend 123 2 hello, world!\n";

        /// <summary>Samples without exit(): like stap, they run until interrupted (staprun gets SIGINT), then the end probes run.</summary>
        public static readonly IReadOnlyCollection<string> RunsUntilInterrupted = new[] { "begin_end" };

        /// <summary>
        /// <code>
        /// global ticks
        /// probe timer.ms(10) { ticks = ticks + 1; if (ticks == 3) { printf("ticks=%d\n", ticks); exit() } }
        /// probe end { printf("end ticks>=3: %d\n", ticks >= 3) }
        /// </code>
        /// prints <c>ticks=3\nend ticks>=3: 1\n</c> (the timer may fire again before the session stops, never print again).
        /// </summary>
        public static IrModule TimerExit()
        {
            var ticks = new IrGlobal("ticks", IrType.Long);
            IrExpression Ticks() => new IrGlobalReference(ticks);
            var timer = new IrProbe(new IrTimerProbePoint(IrTimerUnit.Milliseconds, 10), IrBlock.Of(
                new IrAssignment(Ticks(), new IrBinaryExpression(IrBinaryOperator.Add, Ticks(), L(1))) { Location = At(2, 22) },
                new IrIf(new IrComparison(IrComparisonOperator.Equal, Ticks(), L(3)), IrBlock.Of(
                    Printf("ticks=%d\n", Ticks()) with { Location = At(2, 60) },
                    new IrExit { Location = At(2, 85) })) { Location = At(2, 41) })) { Location = At(2, 7) };
            var end = new IrProbe(new IrSessionProbePoint(IrSessionProbeKind.End), IrBlock.Of(
                Printf("end ticks>=3: %d\n", new IrComparison(IrComparisonOperator.GreaterThanOrEqual, Ticks(), L(3))) with { Location = At(3, 13) }));
            return new IrModule(Array(ticks), ImmutableArray<IrFunction>.Empty, Array(timer, end));
        }

        public const string TimerExitOutput = "ticks=3\nend ticks>=3: 1\n";

        /// <summary>
        /// <code>
        /// global n
        /// probe timer.jiffies(2) { n = n + 1; if (n == 5) { printf("jiffies %d\n", n); exit() } }
        /// </code>
        /// prints <c>jiffies 5\n</c>.
        /// </summary>
        public static IrModule JiffiesExit()
        {
            var n = new IrGlobal("n", IrType.Long);
            IrExpression N() => new IrGlobalReference(n);
            var timer = new IrProbe(new IrTimerProbePoint(IrTimerUnit.Jiffies, 2), IrBlock.Of(
                new IrAssignment(N(), new IrBinaryExpression(IrBinaryOperator.Add, N(), L(1))),
                new IrIf(new IrComparison(IrComparisonOperator.Equal, N(), L(5)), IrBlock.Of(
                    Printf("jiffies %d\n", N()),
                    new IrExit()))));
            return new IrModule(Array(n), ImmutableArray<IrFunction>.Empty, Array(timer));
        }

        public const string JiffiesExitOutput = "jiffies 5\n";

        /// <summary>
        /// <code>
        /// probe oneshot {
        ///   printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%u\n", 42, 42, 42, 42, 42, 255, 255, 255, 8, 7)
        ///   printf("%s|%10s|%-10s|%.3s|%c%c|%%|%*d\n", "str", "right", "left", "truncate", 79, 75, 6, -12)
        ///   printf("%s\n", sprintf("%d-%s", -9223372036854775808, "min"))
        /// }
        /// </code>
        /// </summary>
        public static IrModule PrintfDirectives() => new(
            ImmutableArray<IrGlobal>.Empty,
            ImmutableArray<IrFunction>.Empty,
            Array(new IrProbe(new IrSessionProbePoint(IrSessionProbeKind.Oneshot), IrBlock.Of(
                Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%u\n", L(42), L(42), L(42), L(42), L(42), L(255), L(255), L(255), L(8), L(7)),
                Printf("%s|%10s|%-10s|%.3s|%c%c|%%|%*d\n", S("str"), S("right"), S("left"), S("truncate"), L(79), L(75), L(6), L(-12)),
                Printf("%s\n", new IrFormat(true, "%d-%s", Array<IrExpression>(L(long.MinValue), S("min"))))))));

        public const string PrintfDirectivesOutput =
            "42|   42|42   |00042|+42|ff|FF|0xff|10|7\n" +
            "str|     right|left      |tru|OK|%|   -12\n" +
            "-9223372036854775808-min\n";

        /// <summary>
        /// Functions (recursion, string parameters and results), arrays with foreach (sorted, limited), delete,
        /// statistics, try/catch with error(), while/for with break/continue, a guarded division by zero.
        /// <code>
        /// global counts[16], lat
        /// function fact:long (n:long) { if (n &lt;= 1) return 1; return n * fact(n - 1) }
        /// function greet:string (name:string, times:long) { s = ""; for (i = 0; i &lt; times; i++) s = s . name; return s }
        /// probe begin {
        ///   counts["a"] = 3; counts["b"] = 1; counts["c"] = 2
        ///   foreach (k in counts- limit 2) printf("%s=%d\n", k, counts[k])
        ///   printf("%d %s %d\n", fact(10), greet("ab", 3), "b" in counts)
        ///   delete counts["b"]; printf("%d\n", "b" in counts)
        ///   lat &lt;&lt;&lt; 3; lat &lt;&lt;&lt; 5; printf("%d %d %d %d %d\n", @count(lat), @sum(lat), @min(lat), @max(lat), @avg(lat))
        ///   try { error("boom") } catch (msg) { printf("caught %s\n", msg) }
        ///   zero = 0; try { x = 1 / zero } catch (msg) { printf("caught %s\n", msg) }
        ///   i = 0; while (1) { i++; if (i &lt; 3) continue; if (i &gt; 5) break }; printf("%d\n", i)
        ///   exit()
        /// }
        /// </code>
        /// </summary>
        public static IrModule Features()
        {
            var counts = new IrGlobal("counts", IrType.Long) { KeyTypes = Array(IrType.String), MaxEntries = 16 };
            var lat = new IrGlobal("lat", IrType.Statistics);
            var n = new IrVariable("n", IrType.Long);
            var fact = new IrFunction("fact", IrType.Long, Array(n), IrBlock.Of(
                new IrIf(new IrComparison(IrComparisonOperator.LessThanOrEqual, new IrLocalReference(n), L(1)), new IrReturn(L(1))),
                new IrReturn(new IrBinaryExpression(IrBinaryOperator.Multiply, new IrLocalReference(n),
                    new IrCall("fact", IrType.Long, Array<IrExpression>(new IrBinaryExpression(IrBinaryOperator.Subtract, new IrLocalReference(n), L(1))))))))
            { Location = At(2, 10) };
            var name = new IrVariable("name", IrType.String);
            var times = new IrVariable("times", IrType.Long);
            var s = new IrVariable("s", IrType.String);
            var i = new IrVariable("i", IrType.Long);
            var greet = new IrFunction("greet", IrType.String, Array(name, times), IrBlock.Of(
                new IrAssignment(new IrLocalReference(s), S("")),
                new IrFor(new IrAssignment(new IrLocalReference(i), L(0)),
                    new IrComparison(IrComparisonOperator.LessThan, new IrLocalReference(i), new IrLocalReference(times)),
                    new IrAssignment(new IrLocalReference(i), new IrBinaryExpression(IrBinaryOperator.Add, new IrLocalReference(i), L(1))),
                    new IrAssignment(new IrLocalReference(s), new IrConcatenation(new IrLocalReference(s), new IrLocalReference(name)))),
                new IrReturn(new IrLocalReference(s))));

            var k = new IrVariable("k", IrType.String);
            var msg = new IrVariable("msg", IrType.String);
            var zero = new IrVariable("zero", IrType.Long);
            var x = new IrVariable("x", IrType.Long);
            IrExpression Element(string key) => new IrArrayElement(counts, Array<IrExpression>(S(key)));
            IrExpression Contains(string key) => new IrArrayContains(counts, Array<IrExpression>(S(key)));
            IrExpression Stat(IrStatisticOperator op) => new IrStatisticValue(op, lat);
            IrExpression I() => new IrLocalReference(i);
            var body = IrBlock.Of(
                new IrAssignment(Element("a"), L(3)),
                new IrAssignment(Element("b"), L(1)),
                new IrAssignment(Element("c"), L(2)),
                new IrForeach(counts, Array(k), Printf("%s=%d\n", new IrLocalReference(k),
                    new IrArrayElement(counts, Array<IrExpression>(new IrLocalReference(k)))))
                { Sort = new IrForeachSort(0, Descending: true), Limit = L(2) },
                Printf("%d %s %d\n", new IrCall("fact", IrType.Long, Array(L(10))),
                    new IrCall("greet", IrType.String, Array(S("ab"), L(3))), Contains("b")),
                new IrDelete(Element("b")),
                Printf("%d\n", Contains("b")),
                new IrStatisticAdd(lat, L(3)),
                new IrStatisticAdd(lat, L(5)),
                Printf("%d %d %d %d %d\n", Stat(IrStatisticOperator.Count), Stat(IrStatisticOperator.Sum),
                    Stat(IrStatisticOperator.Min), Stat(IrStatisticOperator.Max), Stat(IrStatisticOperator.Average)),
                new IrTryCatch(IrBlock.Of(new IrError(S("boom"))), msg, IrBlock.Of(Printf("caught %s\n", new IrLocalReference(msg)))),
                new IrAssignment(new IrLocalReference(zero), L(0)),
                new IrTryCatch(IrBlock.Of(new IrAssignment(new IrLocalReference(x),
                        new IrBinaryExpression(IrBinaryOperator.Divide, L(1), new IrLocalReference(zero)) { Location = At(9, 23) })),
                    msg, IrBlock.Of(Printf("caught %s\n", new IrLocalReference(msg)))),
                new IrAssignment(I(), L(0)),
                new IrWhile(L(1), IrBlock.Of(
                    new IrAssignment(I(), new IrBinaryExpression(IrBinaryOperator.Add, I(), L(1))),
                    new IrIf(new IrComparison(IrComparisonOperator.LessThan, I(), L(3)), new IrContinue()),
                    new IrIf(new IrComparison(IrComparisonOperator.GreaterThan, I(), L(5)), new IrBreak()))),
                Printf("%d\n", I()),
                new IrExit());
            return new IrModule(Array(counts, lat), Array(fact, greet),
                Array(new IrProbe(new IrSessionProbePoint(IrSessionProbeKind.Begin), body) { Location = At(4, 7) }));
        }

        public const string FeaturesOutput =
            "a=3\nc=2\n" +
            "3628800 ababab 1\n" +
            "0\n" +
            "2 8 3 5 4\n" +
            "caught boom\n" +
            "caught division by 0\n" +
            "6\n";

        /// <summary>Every sample with the output its script must print, for the golden, build and VM tests.</summary>
        public static IEnumerable<(string Name, IrModule Module, string Output)> All()
        {
            yield return ("hello", Hello(), HelloOutput);
            yield return ("begin_end", BeginEnd(), BeginEndOutput);
            yield return ("timer_exit", TimerExit(), TimerExitOutput);
            yield return ("jiffies_exit", JiffiesExit(), JiffiesExitOutput);
            yield return ("printf_directives", PrintfDirectives(), PrintfDirectivesOutput);
            yield return ("features", Features(), FeaturesOutput);
        }

        public static (string Name, IrModule Module, string Output) Get(string name)
        {
            foreach (var sample in All())
            {
                if (sample.Name == name)
                    return sample;
            }
            throw new KeyNotFoundException(name);
        }

        public static ModuleGeneratorOptions OptionsFor(string name) => new() { ModuleName = "stapsharp_" + name };

        internal static IrSourceLocation Anywhere => s_at;
    }
}
