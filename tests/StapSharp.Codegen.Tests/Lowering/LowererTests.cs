using System;
using System.Linq;
using StapSharp.Codegen.Ir;
using StapSharp.Codegen.Lowering;
using static StapSharp.Codegen.Tests.Lowering.LoweringTestHelpers;

namespace StapSharp.Codegen.Tests.Lowering
{
    /// <summary>The IR the lowering produces for small scripts, and its diagnostics for what the IR lacks.</summary>
    public sealed class LowererTests
    {
        [Fact]
        public void Hello_is_the_oneshot_alias_of_the_tapset_a_begin_probe_then_exit()
        {
            IrModule module = LowerOrFail("probe oneshot { printf(\"hello, world!\\n\") }");
            IrProbe probe = Assert.Single(module.Probes);
            Assert.Equal(new IrSessionProbePoint(IrSessionProbeKind.Begin), probe.Point);
            Assert.Equal("oneshot", probe.WrittenName);
            Assert.Equal(2, probe.Body.Statements.Length);
            var body = Assert.IsType<IrBlock>(probe.Body.Statements[0]);
            var format = Assert.IsType<IrFormat>(Assert.IsType<IrExpressionStatement>(Assert.Single(body.Statements)).Expression);
            Assert.False(format.IsSprintf);
            Assert.Equal("hello, world!\n", format.Format);
            Assert.Empty(format.Arguments);
            var epilogue = Assert.IsType<IrBlock>(probe.Body.Statements[1]);
            Assert.IsType<IrExit>(Assert.Single(epilogue.Statements));
            Assert.Empty(module.Globals);
            Assert.Empty(module.Functions);
        }

        [Fact]
        public void String_escapes_kept_by_the_lexer_are_decoded_into_characters()
        {
            IrModule module = LowerOrFail("probe begin { s = \"a\\tb\\\\c\\\"d\\101\\x42\"; println(s) }");
            var assignment = Assert.IsType<IrAssignment>(module.Probes[0].Body.Statements[0]);
            Assert.Equal("a\tb\\c\"dAB", Assert.IsType<IrStringLiteral>(assignment.Value).Value);
        }

        [Fact]
        public void Exit_and_error_of_the_tapset_become_statements_not_calls()
        {
            IrModule module = LowerOrFail("probe begin { exit(); error(\"x\") }");
            IrStatement[] statements = Statements(module.Probes[0]);
            Assert.IsType<IrExit>(statements[0]);
            Assert.Equal(new IrStringLiteral("x"), Assert.IsType<IrError>(statements[1]).Message with { Location = null });
            Assert.Empty(module.Functions);
        }

        [Fact]
        public void Compound_assignment_and_increment_become_plain_assignments()
        {
            IrModule module = LowerOrFail("probe begin { x = 1; x += 4; x++; printf(\"%d\\n\", x) }");
            IrStatement[] statements = Statements(module.Probes[0]);
            var x = new IrVariable("x", IrType.Long);
            var add = Assert.IsType<IrAssignment>(statements[1]);
            Assert.Equal(new IrLocalReference(x), add.Target with { Location = null });
            var sum = Assert.IsType<IrBinaryExpression>(add.Value);
            Assert.Equal(IrBinaryOperator.Add, sum.Operator);
            Assert.Equal(4, Assert.IsType<IrLongLiteral>(sum.Right).Value);
            var increment = Assert.IsType<IrBinaryExpression>(Assert.IsType<IrAssignment>(statements[2]).Value);
            Assert.Equal(1, Assert.IsType<IrLongLiteral>(increment.Right).Value);
        }

        [Fact]
        public void Globals_keep_types_keys_sizes_and_initializers()
        {
            IrModule module = LowerOrFail("global n = 5, names[10], s\nprobe begin { names[n, \"a\"] = \"b\"; s <<< n; printf(\"%d\\n\", @count(s)) }");
            IrGlobal n = module.Globals.Single(g => g.Name == "n");
            Assert.Equal(IrType.Long, n.ValueType);
            Assert.Equal(new IrLongLiteral(5), n.Initializer);
            IrGlobal names = module.Globals.Single(g => g.Name == "names");
            Assert.Equal(IrType.String, names.ValueType);
            Assert.Equal(new[] { IrType.Long, IrType.String }, names.KeyTypes.ToArray());
            Assert.Equal(10, names.MaxEntries);
            Assert.Equal(IrType.Statistics, module.Globals.Single(g => g.Name == "s").ValueType);
            Assert.IsType<IrStatisticAdd>(Statements(module.Probes[0])[1]);
        }

        [Fact]
        public void Print_family_builds_formats_from_argument_types()
        {
            IrModule module = LowerOrFail("probe begin { println(\"a\", 1); printd(\"%,\", 2, \"b\"); printdln(\"-\", 3, 4); print(5); s = sprintln(6); println(s) }");
            string[] formats = module.Probes[0].Body.Statements
                .Select(s => s is IrAssignment a ? a.Value : ((IrExpressionStatement)s).Expression)
                .Select(e => ((IrFormat)e).Format).ToArray();
            Assert.Equal(new[] { "%s%d\n", "%d%%,%s", "%d-%d\n", "%d", "%d\n", "%s\n" }, formats);
        }

        [Fact]
        public void Foreach_keeps_keys_value_sort_and_limit()
        {
            IrModule module = LowerOrFail("global a\nprobe begin { a[1, \"x\"] = 2; foreach ([i, w] in a- limit 3) printf(\"%d %s\\n\", i, w); foreach (v = [j, u+] in a) printf(\"%d\\n\", v) }");
            IrStatement[] statements = Statements(module.Probes[0]);
            var first = Assert.IsType<IrForeach>(statements[1]);
            Assert.Equal(new[] { "i", "w" }, first.Keys.Select(k => k.Name).ToArray());
            Assert.Equal(new IrForeachSort(0, Descending: true), first.Sort);
            Assert.Equal(3, Assert.IsType<IrLongLiteral>(first.Limit).Value);
            var second = Assert.IsType<IrForeach>(statements[2]);
            Assert.Equal("v", second.Value!.Name);
            Assert.Equal(new IrForeachSort(2, Descending: false), second.Sort);
        }

        [Fact]
        public void Functions_are_lowered_with_parameters_return_types_and_recursion()
        {
            IrModule module = LowerOrFail("function f:long(n:long) { if (n < 2) return n; return f(n - 1) + f(n - 2) }\nfunction g(s) { return s . \"!\" }\nprobe begin { printf(\"%d %s\\n\", f(5), g(\"x\")) }");
            IrFunction f = module.Functions.Single(x => x.Name == "f");
            Assert.Equal(IrType.Long, f.ReturnType);
            Assert.Equal(new[] { new IrVariable("n", IrType.Long) }, f.Parameters.ToArray());
            IrFunction g = module.Functions.Single(x => x.Name == "g");
            Assert.Equal(IrType.String, g.ReturnType);
            Assert.Equal(IrType.String, g.Parameters[0].Type);
        }

        [Fact]
        public void Probe_alias_bodies_run_around_the_probe_body_and_share_its_locals()
        {
            IrModule module = LowerOrFail("probe starting = begin(3) { x = 1 }\nprobe stopping += end { println(\"after\") }\nprobe starting { printf(\"%d\\n\", x) }\nprobe stopping { println(\"before\") }");
            Assert.Equal(2, module.Probes.Length);
            IrProbe begin = module.Probes.Single(p => p.Point is IrSessionProbePoint { Kind: IrSessionProbeKind.Begin });
            Assert.Equal(new IrSessionProbePoint(IrSessionProbeKind.Begin, 3), begin.Point);
            Assert.Equal(2, begin.Body.Statements.Length);
            var prologue = Assert.IsType<IrBlock>(begin.Body.Statements[0]);
            Assert.Equal(new IrVariable("x", IrType.Long), ((IrLocalReference)((IrAssignment)prologue.Statements[0]).Target).Variable);
            IrProbe end = module.Probes.Single(p => p.Point is IrSessionProbePoint { Kind: IrSessionProbeKind.End });
            var epilogue = Assert.IsType<IrBlock>(end.Body.Statements[1]);
            Assert.Equal("%s\n", ((IrFormat)((IrExpressionStatement)epilogue.Statements[0]).Expression).Format);
        }

        [Theory]
        [InlineData("probe timer.ms(20) { next }", nameof(IrTimerUnit.Milliseconds), 20, 0)]
        [InlineData("probe timer.s(2).randomize(1) { next }", nameof(IrTimerUnit.Seconds), 2, 1)]
        [InlineData("probe timer.hz(100) { next }", nameof(IrTimerUnit.Hertz), 100, 0)]
        [InlineData("probe timer.jiffies(5) { next }", nameof(IrTimerUnit.Jiffies), 5, 0)]
        [InlineData("probe timer.us(500) { next }", nameof(IrTimerUnit.Microseconds), 500, 0)]
        public void Timer_points_are_lowered(string script, string unitName, long interval, long randomize)
        {
            // The IR is internal, so a public theory names the unit rather than taking the enum.
            IrTimerUnit unit = Enum.Parse<IrTimerUnit>(unitName);
            IrModule module = LowerOrFail(script);
            Assert.Equal(new IrTimerProbePoint(unit, interval, randomize), module.Probes[0].Point);
        }

        [Fact]
        public void Several_points_give_one_probe_each()
        {
            IrModule module = LowerOrFail("probe begin, end(-1), procfs(\"x\").read { next }");
            Assert.Equal(new IrProbePoint[]
            {
                new IrSessionProbePoint(IrSessionProbeKind.Begin),
                new IrSessionProbePoint(IrSessionProbeKind.End, -1),
                new IrProcfsProbePoint("x", IsWrite: false),
            }, module.Probes.Select(p => p.Point).ToArray());
        }

        [Fact]
        public void Semantic_errors_stop_before_lowering()
        {
            Lowerer.Result result = Lower("probe begin { x = 1; x = \"s\" }");
            Assert.Null(result.Module);
            Assert.Contains("STP2006", ErrorIds(result));
        }

        [Fact]
        public void Kernel_probe_points_are_reported()
        {
            Lowerer.Result result = Lower("probe kernel.function(\"vfs_read\") { next }");
            Assert.Null(result.Module);
            Assert.Equal(new[] { "STP3022" }, ErrorIds(result));
        }

        [Fact]
        public void Wrapping_arrays_of_statistics_are_reported()
        {
            Lowerer.Result result = Lower("global s%[4]\nprobe begin { s[1] <<< 1; println(@count(s[1])) }");
            Assert.Null(result.Module);
            Assert.Equal(new[] { "STP3020" }, ErrorIds(result));
        }
    }
}
