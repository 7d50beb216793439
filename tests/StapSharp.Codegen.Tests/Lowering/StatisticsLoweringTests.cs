using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using StapSharp.Codegen.Ir;
using StapSharp.Codegen.Lowering;
using static StapSharp.Codegen.Tests.Lowering.LoweringTestHelpers;

namespace StapSharp.Codegen.Tests.Lowering
{
    /// <summary>
    /// Statistics from script to C: the IR of extractors, arrays of statistics and histograms, and the runtime options
    /// each global is declared with. The expected C lines are the ones stap 4.8 -p3 writes for the same scripts.
    /// </summary>
    public sealed class StatisticsLoweringTests
    {
        private static string GenerateC(string script)
        {
            GeneratedModule generated = ModuleGenerator.Generate(Compile(script), new ModuleGeneratorOptions { ModuleName = "stap_stats" });
            Assert.True(generated.Success, string.Join("\n", generated.Diagnostics));
            return generated.GetFile(generated.SourceFileName)!.Text;
        }

        private static string[] GenerateErrors(string script) =>
            ModuleGenerator.Generate(Compile(script), new ModuleGeneratorOptions { ModuleName = "stap_stats" }).Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToArray();

        [Fact]
        public void Variance_keeps_its_bit_shift_and_elements_keep_their_keys()
        {
            IrModule module = LowerOrFail("global s, by\nprobe begin { s <<< 1; by[\"a\", 2] <<< 3; println(@variance(s, 3)); println(@min(by[\"a\", 2])) }");
            IrStatement[] statements = Statements(module.Probes[0]);
            var add = Assert.IsType<IrStatisticAdd>(statements[1]);
            Assert.Equal("by", add.Aggregate.Name);
            Assert.Equal(new[] { IrType.String, IrType.Long }, add.Aggregate.KeyTypes);
            Assert.Equal(2, add.Keys.Length);
            var variance = Assert.IsType<IrStatisticValue>(Assert.IsType<IrFormat>(Assert.IsType<IrExpressionStatement>(statements[2]).Expression).Arguments[0]);
            Assert.Equal(IrStatisticOperator.Variance, variance.Operator);
            Assert.Equal(3, variance.VarianceShift);
            Assert.Empty(variance.Keys);
            var min = Assert.IsType<IrStatisticValue>(Assert.IsType<IrFormat>(Assert.IsType<IrExpressionStatement>(statements[3]).Expression).Arguments[0]);
            Assert.Equal(2, min.Keys.Length);
        }

        [Fact]
        public void Histograms_become_print_bucket_and_foreach_nodes()
        {
            IrModule module = LowerOrFail("global h\nprobe begin { h <<< 1; print(@hist_linear(h, 0, 100, 10)); println(@hist_linear(h, 0, 100, 10)[2]);"
                + " foreach (n = [i] in @hist_linear(h, 0, 100, 10) limit 3) println(n) }");
            IrStatement[] statements = Statements(module.Probes[0]);
            var linear = new IrHistogram(IrHistogramKind.Linear, 0, 100, 10);
            Assert.Equal(linear, Assert.IsType<IrHistogramPrint>(statements[1]).Histogram);
            var bucket = Assert.IsType<IrHistogramBucket>(Assert.IsType<IrFormat>(Assert.IsType<IrExpressionStatement>(statements[2]).Expression).Arguments[0]);
            Assert.Equal(2, Assert.IsType<IrLongLiteral>(bucket.Index).Value);
            var loop = Assert.IsType<IrHistogramForeach>(statements[3]);
            Assert.Equal("i", loop.Bucket.Name);
            Assert.Equal("n", loop.Value!.Name);
            Assert.NotNull(loop.Limit);
            Assert.Equal(linear, loop.Histogram);
        }

        [Fact]
        public void Foreach_sorts_on_an_extractor_of_an_array_of_statistics()
        {
            IrModule module = LowerOrFail("global by\nprobe begin { by[1] <<< 1; foreach (k in by @sum- limit 2) println(k); foreach (k in by+) println(k) }");
            IrStatement[] statements = Statements(module.Probes[0]);
            Assert.Equal(new IrForeachSort(0, true) { Aggregate = IrStatisticOperator.Sum }, Assert.IsType<IrForeach>(statements[1]).Sort);
            Assert.Equal(new IrForeachSort(0, false), Assert.IsType<IrForeach>(statements[2]).Sort);
        }

        [Fact]
        public void Scalar_options_come_from_every_extractor_and_count_and_sum_also_serve_avg_and_variance()
        {
            string c = GenerateC("global s\nprobe begin { s <<< 4 } probe end { printf(\"%d %d %d %d %d %d\\n\", @count(s), @sum(s), @min(s), @max(s), @avg(s), @variance(s, 3)) }");
            Assert.Contains("_stp_stat_init (STAT_OP_COUNT, STAT_OP_SUM, STAT_OP_MIN, STAT_OP_MAX, STAT_OP_AVG, STAT_OP_VARIANCE, 3, KEY_HIST_TYPE, HIST_NONE, NULL)", c);
            Assert.Contains("_stp_stat_add (global(s___global_s), ((int64_t)4LL), 98, 100, 8, 16, 64);", c);
            Assert.Contains("->variance;", c);
        }

        [Fact]
        public void A_global_only_fed_with_values_gets_the_default_operators()
        {
            string c = GenerateC("global s\nprobe begin { s <<< 1 }");
            Assert.Contains("_stp_stat_init (STAT_OP_COUNT, STAT_OP_SUM, STAT_OP_MIN, STAT_OP_MAX, STAT_OP_AVG, KEY_HIST_TYPE, HIST_NONE, NULL)", c);
            Assert.Contains("((int64_t)1LL), 34, 36, 8, 16, 0);", c);
        }

        [Theory]
        [InlineData("println(@variance(s))", "_stp_stat_init (STAT_OP_VARIANCE, 0, KEY_HIST_TYPE, HIST_NONE, NULL)", "64, 64, 0, 0, 64);")]
        [InlineData("delete s", "_stp_stat_init (KEY_HIST_TYPE, HIST_NONE, NULL)", "0, 0, 0, 0, 0);")]
        [InlineData("print(@hist_log(s))", "_stp_stat_init (KEY_HIST_TYPE, HIST_LOG, NULL)", "0, 0, 0, 0, 0);")]
        [InlineData("print(@hist_linear(s, 0, 10, 5)); println(@count(s))", "_stp_stat_init (STAT_OP_COUNT, KEY_HIST_TYPE, HIST_LINEAR, 0, 10, 5, NULL)", "2, 0, 0, 0, 0);")]
        public void Scalar_options_match_what_stap_declares(string use, string init, string flags)
        {
            string c = GenerateC("global s\nprobe begin { s <<< 1; " + use + " }");
            Assert.Contains(init, c);
            Assert.Contains("_stp_stat_add (global(s___global_s), ((int64_t)1LL), " + flags, c);
        }

        [Fact]
        public void Arrays_of_statistics_are_per_cpu_maps()
        {
            string c = GenerateC("global by\nprobe begin { by[\"a\", 1] <<< 2; println(@sum(by[\"a\", 1])); println([\"a\", 1] in by);"
                + " foreach ([k, n] in by @sum- limit 3) println(k); foreach ([k, n] in by+) println(k); delete by[\"a\", 1]; delete by }");
            Assert.Contains("#define MAP_DO_PMAP 1", c);
            Assert.Contains("PMAP s___global_by;", c);
            Assert.Contains("_stp_pmap_new_six (STAT_OP_COUNT, STAT_OP_SUM, KEY_MAPENTRIES, MAXMAPENTRIES, KEY_HIST_TYPE, HIST_NONE, NULL)", c);
            Assert.Contains("int rc = _stp_pmap_add_six (global(s___global_by), \"a\", ((int64_t)1LL), ((int64_t)2LL), 1, 1, 0, 0, 0);", c);
            Assert.Contains("_stp_pmap_get_six (global(s___global_by), \"a\", ((int64_t)1LL))", c);
            Assert.Contains("NULL == _stp_pmap_agg_six (global(s___global_by))", c);
            Assert.Contains("_stp_map_sortn_six (_stp_pmap_get_agg(global(s___global_by)), ((int64_t)3LL), SORT_SUM, 1);", c);
            Assert.Contains("_stp_map_sort_six (_stp_pmap_get_agg(global(s___global_by)), SORT_COUNT, -1);", c);
            Assert.Contains("_stp_map_start (_stp_pmap_get_agg(global(s___global_by)))", c);
            Assert.Contains("_stp_pmap_del_six (global(s___global_by), \"a\", ((int64_t)1LL));", c);
            Assert.Contains("_stp_pmap_clear (global(s___global_by));", c);
            Assert.Contains("_stp_pmap_del (global(s___global_by));", c);
        }

        [Theory]
        [InlineData("foreach (k in by @min+) println(k)", "_stp_pmap_new_ix (STAT_OP_MIN, KEY_MAPENTRIES", "0, 0, 1, 0, 0);")]
        [InlineData("println(@avg(by[1]))", "_stp_pmap_new_ix (STAT_OP_AVG, KEY_MAPENTRIES", "1, 1, 0, 0, 0);")]
        [InlineData("foreach (k in by @variance+) println(k)", "_stp_pmap_new_ix (STAT_OP_COUNT, KEY_MAPENTRIES", "1, 0, 0, 0, 0);")]
        [InlineData("foreach (k in by) println(k)", "_stp_pmap_new_ix (KEY_MAPENTRIES, MAXMAPENTRIES, KEY_HIST_TYPE, HIST_NONE, NULL)", "0, 0, 0, 0, 0);")]
        [InlineData("print(@hist_linear(by[1], 0, 50, 5))", "_stp_pmap_new_ix (KEY_MAPENTRIES, MAXMAPENTRIES, KEY_HIST_TYPE, HIST_LINEAR, 0, 50, 5, NULL)", "0, 0, 0, 0, 0);")]
        public void Array_options_match_what_stap_declares(string use, string init, string flags)
        {
            string c = GenerateC("global by\nprobe begin { by[1] <<< 2; " + use + " }");
            Assert.Contains(init, c);
            Assert.Contains("_stp_pmap_add_ix (global(s___global_by), ((int64_t)1LL), ((int64_t)2LL), " + flags, c);
        }

        [Fact]
        public void A_variance_sort_orders_by_count_as_stap_does()
        {
            string c = GenerateC("global by\nprobe begin { by[1] <<< 2; foreach (k in by @variance+) println(k) }");
            Assert.Contains("SORT_COUNT, -1);", c);
        }

        [Fact]
        public void Histograms_print_index_and_iterate_through_the_runtime()
        {
            string c = GenerateC("global h, t\nprobe begin { h <<< 3; t[\"x\"] <<< 5; print(@hist_log(h)); println(@hist_log(h)[2]);"
                + " foreach (i in @hist_log(h)) println(i); foreach (k in t) print(@hist_log(t[k])) }");
            Assert.Contains("_stp_stat_print_histogram (&(global(s___global_h)->hist), ", c);
            Assert.Contains("_stp_stat_print_histogram (&(_stp_pmap_get_agg(global(s___global_t))->hist), ", c);
            Assert.Contains("\"histogram index out of range\"", c);
            Assert.Contains("global(s___global_h)->hist.buckets", c);
            Assert.Contains("->histogram[", c);
        }

        [Fact]
        public void Sprint_of_a_histogram_is_the_printed_text_cut_at_maxstringlen()
        {
            IrModule module = LowerOrFail("global h\nprobe begin { h <<< 3; x = sprint(@hist_log(h)); println(x) }");
            var text = Assert.IsType<IrHistogramText>(Assert.IsType<IrAssignment>(Statements(module.Probes[0])[1]).Value);
            Assert.Equal(IrHistogram.Log, text.Histogram);
            string c = GenerateC("global h\nprobe begin { h <<< 3; x = sprintln(@hist_log(h)); println(x) }");
            Assert.Matches(@"_stp_stat_print_histogram_buf \(l->__tmp\d+, MAXSTRINGLEN, &\(global\(s___global_h\)->hist\), l->__tmp\d+\);", c);
        }

        [Fact]
        public void Adding_takes_a_read_lock_and_extracting_or_iterating_a_write_lock_as_in_stap()
        {
            string c = GenerateC("global s, by\nprobe timer.ms(100) { s <<< 1; by[1] <<< 2 }\nprobe timer.ms(200) { println(@count(s)); foreach (k in by) println(k) }");
            int second = c.IndexOf("static void probe_1 ", System.StringComparison.Ordinal);
            string adder = c.Substring(c.IndexOf("static void probe_0 ", System.StringComparison.Ordinal), second - c.IndexOf("static void probe_0 ", System.StringComparison.Ordinal));
            string reader = c.Substring(second);
            Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(adder, @"\.write_p = 0").Count);
            Assert.DoesNotContain(".write_p = 1", adder);
            Assert.Matches(@"global_lock\(s___global_s\),\s*\.write_p = 1", reader);
            Assert.Matches(@"global_lock\(s___global_by\),\s*\.write_p = 1", reader);
        }

        [Fact]
        public void Two_histogram_types_on_one_global_are_an_error()
        {
            Assert.Equal(new[] { "STP3040" }, GenerateErrors("global h\nprobe begin { h <<< 1; print(@hist_log(h)); print(@hist_linear(h, 0, 10, 1)) }"));
        }

        [Fact]
        public void A_variance_shift_after_a_different_nonzero_one_is_an_error_but_not_before_it()
        {
            Assert.Equal(new[] { "STP3040" }, GenerateErrors("global s\nprobe begin { s <<< 1; println(@variance(s, 3)); println(@variance(s)) }"));
            Assert.Contains("STAT_OP_VARIANCE, 3,", GenerateC("global s\nprobe begin { s <<< 1; println(@variance(s)); println(@variance(s, 3)) }"));
        }

        [Theory]
        [InlineData("println(@variance(s, 63))")]
        [InlineData("print(@hist_linear(s, 0, 4294967296, 1))")]
        public void Parameters_out_of_range_are_reported(string use)
        {
            Lowerer.Result result = Lower("global s\nprobe begin { s <<< 1; " + use + " }");
            Assert.Contains("STP3041", ErrorIds(result));
        }

        [Fact]
        public void The_emitter_checks_hand_built_statistics_ir()
        {
            var number = new IrGlobal("number", IrType.Long);
            var by = new IrGlobal("by", IrType.Statistics) { KeyTypes = ImmutableArray.Create(IrType.Long) };
            IrStatement Print(IrExpression e) => new IrExpressionStatement(new IrFormat(false, "%d\n", ImmutableArray.Create(e)));
            var module = new IrModule(ImmutableArray.Create(number, by), ImmutableArray<IrFunction>.Empty, ImmutableArray.Create(
                new IrProbe(new IrSessionProbePoint(IrSessionProbeKind.Begin), IrBlock.Of(
                    Print(new IrStatisticValue(IrStatisticOperator.Sum, number)),
                    Print(new IrStatisticValue(IrStatisticOperator.Sum, by)),
                    Print(new IrStatisticValue(IrStatisticOperator.Variance, by) { Keys = ImmutableArray.Create<IrExpression>(new IrLongLiteral(1)), VarianceShift = 99 })))));
            GeneratedModule generated = ModuleGenerator.Generate(module);
            Assert.Equal(new[] { "STP3041", "STP3005", "STP3005" }, generated.Diagnostics.Select(d => d.Id).ToArray());
        }
    }
}
