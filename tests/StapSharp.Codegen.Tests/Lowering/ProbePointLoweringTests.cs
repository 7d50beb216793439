using System.Linq;
using StapSharp.Codegen.Ir;
using StapSharp.Codegen.Lowering;
using static StapSharp.Codegen.Tests.Lowering.LoweringTestHelpers;

namespace StapSharp.Codegen.Tests.Lowering
{
    /// <summary>Probe point families through the tapset aliases: suffixes, optional and sufficient points, $value.</summary>
    public sealed class ProbePointLoweringTests
    {
        [Theory]
        [InlineData("probe timer.profile { next }", 1L, 0L, 1000000L, false)]
        [InlineData("probe perf.sw.cpu_clock { next }", 1L, 0L, 1000000L, false)]
        [InlineData("probe perf.sw.cpu_clock.sample(5000) { next }", 1L, 0L, 5000L, false)]
        [InlineData("probe perf.sw.task_clock.hz(100) { next }", 1L, 1L, 100L, true)]
        [InlineData("probe perf.hw.cpu_cycles { next }", 0L, 0L, 1000000L, false)]
        [InlineData("probe perf.type(4).config(0x1234).sample(77) { next }", 4L, 0x1234L, 77L, false)]
        public void Perf_points_and_timer_profile_are_lowered(string script, long type, long config, long period, bool frequency)
        {
            IrModule module = LowerOrFail(script);
            Assert.Equal(new IrPerfProbePoint(type, config, period, frequency), Assert.Single(module.Probes).Point);
        }

        [Fact]
        public void Timer_profile_takes_the_alias_fallback_after_the_optional_tick_point()
        {
            // timer.profile = timer.profile.tick ! , perf.sw.cpu_clock.sample(1000000): the tick point cannot be
            // compiled (no profile timer hook) and is optional, so the perf point is the only probe.
            IrProbe probe = Assert.Single(LowerOrFail("probe timer.profile { next }").Probes);
            Assert.Equal("timer.profile", probe.WrittenName);
            Assert.Equal("perf.type(1).config(0).sample(1000000)", probe.Point.ToProbePointString());
        }

        [Fact]
        public void Optional_points_that_cannot_be_compiled_are_skipped_and_sufficient_ones_end_the_list()
        {
            IrModule module = LowerOrFail("probe kernel.trace(\"sched_switch\") ?, begin !, end { next }");
            Assert.Equal(new IrProbePoint[] { new IrSessionProbePoint(IrSessionProbeKind.Begin) }, module.Probes.Select(p => p.Point).ToArray());
        }

        [Theory]
        [InlineData("probe procfs(\"x\").read.maxsize(10) { next }", "x", false, 10L, null, true)]
        [InlineData("probe procfs.write { next }", "command", true, null, null, false)]
        [InlineData("probe procfs(\"y\").umask(0022).write { next }", "y", true, null, 18L, true)]
        [InlineData("probe procfs.umask(2).read { next }", "command", false, null, 2L, false)]
        public void Procfs_points_are_lowered(string script, string path, bool isWrite, long? maxSize, long? umask, bool written)
        {
            IrModule module = LowerOrFail(script);
            Assert.Equal(new IrProcfsProbePoint(path, isWrite) { MaxSize = maxSize, Umask = umask, IsPathWritten = written }, Assert.Single(module.Probes).Point);
        }

        [Fact]
        public void Procfs_value_is_a_string_local_of_the_handler()
        {
            IrModule module = LowerOrFail("global g; probe procfs(\"f\").write { g = $value } probe procfs(\"f\").read { $value = g . \"\\n\" }");
            Assert.All(module.Probes, probe => Assert.Contains(new IrVariable("$value", IrType.String), Locals(probe.Body)));
        }

        [Theory]
        [InlineData("probe timer.profile.tick { next }")]
        [InlineData("probe kernel.trace(\"sched_switch\") { next }")]
        [InlineData("probe perf.sw.cpu_clock.process(\"/bin/ls\") { next }")]
        [InlineData("probe procfs(\"a/b\").read { next }")]
        public void Points_that_cannot_be_compiled_are_reported_by_name(string script)
        {
            Lowerer.Result result = Lower(script);
            Assert.Null(result.Module);
            Assert.Contains("STP3022", ErrorIds(result));
        }

        [Theory]
        [InlineData("probe kprobe.function(\"ksys_sync\") { next }", "System.map")]
        [InlineData("probe kprobe.function(\"ksys_sync\").return { next }", "kprobe probes are not generated")]
        [InlineData("probe kernel.trace(\"sched_switch\") { next }", "tracepoints are not generated")]
        [InlineData("probe perf.sw.cpu_clock.process(\"/bin/ls\") { next }", "only system-wide")]
        [InlineData("probe timer.profile.tick { next }", "register_timer_hook")]
        [InlineData("probe process(\"/bin/true\").begin { next }", "supported: begin, end")]
        public void Unsupported_families_say_why(string script, string reason)
        {
            Lowerer.Result result = Lower(script);
            Assert.Null(result.Module);
            var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "STP3022");
            Assert.Contains(reason, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        private static IrVariable[] Locals(IrBlock body) =>
            body.Statements.SelectMany(Walk).OfType<IrLocalReference>().Select(r => r.Variable).Distinct().ToArray();

        private static System.Collections.Generic.IEnumerable<object> Walk(object node)
        {
            yield return node;
            foreach (var property in node.GetType().GetProperties())
            {
                if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
                    continue;
                object? value = property.GetValue(node);
                if (value is IrExpression or IrStatement)
                {
                    foreach (object inner in Walk(value))
                        yield return inner;
                }
                else if (value is System.Collections.IEnumerable items and not string)
                {
                    foreach (object? item in items)
                    {
                        if (item is IrExpression or IrStatement)
                        {
                            foreach (object inner in Walk(item))
                                yield return inner;
                        }
                    }
                }
            }
        }
    }
}
