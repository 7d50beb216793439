using System;
using System.Linq;
using StapSharp.Codegen.Tests.Lowering;

namespace StapSharp.Codegen.Tests
{
    /// <summary>The C each probe family emits: its table, its handler entry and its place in module init and exit.</summary>
    public sealed class ProbeFamilyEmitTests
    {
        private static string Source(string script)
        {
            GeneratedModule generated = ModuleGenerator.Generate(LoweringTestHelpers.Compile(script), new ModuleGeneratorOptions { ModuleName = "fam" });
            Assert.True(generated.Success, string.Join("\n", generated.Diagnostics));
            return generated.GetFile(generated.SourceFileName)!.Text;
        }

        private static string Between(string text, string start, string end)
        {
            int from = text.IndexOf(start, StringComparison.Ordinal);
            Assert.True(from >= 0, "missing " + start);
            int to = text.IndexOf(end, from + start.Length, StringComparison.Ordinal);
            Assert.True(to >= 0, "missing " + end + " after " + start);
            return text.Substring(from, to - from);
        }

        [Fact]
        public void Timer_profile_is_a_cpu_clock_perf_event_per_cpu()
        {
            string c = Source("global n; probe timer.profile { n++ }");
            Assert.Contains("#define _HAVE_PERF_ 1", c);
            Assert.Contains(".attr={ .type=1ULL, .config=0ULL, { .sample_period=1000000ULL }, },", c);
            Assert.Contains(".system_wide=1,", c);
            Assert.Contains("\"perf.type(1).config(0).sample(1000000)\", \"timer.profile\"", c);
            Assert.Contains("c->probe_type = stp_probe_type_perf;", c);
            Assert.Contains("#include \"linux/perf.c\"", c);
            Assert.Contains("rc = _stp_perf_init_n (stap_perf_probes, 1, &probe_point);", c);
            Assert.Contains("_stp_perf_del_n (stap_perf_probes, 1);", Between(c, "static void systemtap_module_exit", "MODULE_LICENSE"));
            // The interrupted registers: user space or kernel.
            Assert.Contains("if (user_mode(regs))", c);
        }

        [Fact]
        public void Perf_aliases_keep_the_written_sample_or_frequency()
        {
            string c = Source("probe perf.hw.instructions.sample(5000) { next } probe perf.sw.task_clock.hz(250) { next }");
            Assert.Contains(".attr={ .type=0ULL, .config=1ULL, { .sample_period=5000ULL }, },", c);
            Assert.Contains(".attr={ .type=1ULL, .config=1ULL, { .sample_freq=250ULL }, .freq=1, },", c);
            Assert.Contains("enter_perf_probe_1", c);
        }

        [Fact]
        public void Procfs_files_are_sorted_with_their_buffers_permissions_and_write_probes()
        {
            string c = Source("probe procfs(\"zeta\").read.maxsize(64) { $value = \"z\" } probe procfs(\"zeta\").write { printf(\"%s\", $value) }"
                + " probe procfs.umask(2).read { $value = \"cmd\" } probe procfs(\"alpha\").umask(077).write { next }");
            Assert.Contains("#include \"procfs-probes.h\"", c);
            string table = Between(c, "static struct stap_procfs_probe stap_procfs_probes[] =", "};");
            string[] rows = table.Split('\n').Where(l => l.Contains(".path=", StringComparison.Ordinal)).ToArray();
            Assert.Equal(3, rows.Length);
            Assert.Contains(".path=\"alpha\", .write_probes=stap_procfs_write_probes.path_0, .num_write_probes=1, .buffer=stap_procfs_probe_buffers.buf_0, .bufsize=MAXSTRINGLEN, .permissions=128,", rows[0]);
            Assert.Contains(".path=\"command\", .read_probe=(&stap_probes[2]), .num_write_probes=0, .buffer=stap_procfs_probe_buffers.buf_1, .bufsize=STP_PROCFS_BUFSIZE, .permissions=292,", rows[1]);
            Assert.Contains(".path=\"zeta\", .read_probe=(&stap_probes[0]), .write_probes=stap_procfs_write_probes.path_2, .num_write_probes=1, .buffer=stap_procfs_probe_buffers.buf_2, .bufsize=64, .permissions=384,", rows[2]);
            Assert.Contains("char buf_2[64];", c);
            Assert.Contains("\"procfs(\\\"zeta\\\").read.maxsize(64)\"", c);
            Assert.Contains("\"procfs.umask(2).read\"", c);
            Assert.Contains("\"procfs(\\\"alpha\\\").umask(63).write\"", c);
        }

        [Fact]
        public void Procfs_value_is_copied_in_before_a_write_body_and_out_after_a_read_body()
        {
            string c = Source("global s; probe procfs(\"f\").write { s = $value } probe procfs(\"f\").read { $value = s }");
            string write = Between(c, "static void probe_0 (", "\n}\n");
            string read = Between(c, "static void probe_1 (", "\n}\n");
            Assert.Contains("_stp_copy_from_user(", write);
            Assert.DoesNotContain("_stp_copy_from_user", read);
            Assert.Contains("strlcpy(data->buffer, l->", read);
            Assert.Contains("buffer size exceeded, consider .maxsize(%lu).", read);
            Assert.True(read.IndexOf("strlcpy(data->buffer", StringComparison.Ordinal) < read.IndexOf("out:", StringComparison.Ordinal));
            Assert.Contains("c->probe_type = stp_probe_type_procfs;", c);
            Assert.Contains("rc = _stp_create_procfs(spp->path, &_stp_proc_fops, spp->permissions, spp);", c);
        }

        [Fact]
        public void A_failed_registration_undoes_the_earlier_families_newest_first()
        {
            string c = Source("probe begin { next } probe error { next } probe timer.jiffies(5) { next } probe perf.sw.cpu_clock { next } probe timer.ms(10) { next } probe procfs(\"x\").read { next }");
            string init = Between(c, "static int systemtap_module_init", "static void systemtap_module_refresh");
            int jiffies = init.IndexOf("add_timer (", StringComparison.Ordinal);
            int perf = init.IndexOf("rc = _stp_perf_init_n", StringComparison.Ordinal);
            int hrtimer = init.IndexOf("_stp_hrtimer_create", StringComparison.Ordinal);
            int procfs = init.IndexOf("_stp_create_procfs", StringComparison.Ordinal);
            Assert.True(0 < jiffies && jiffies < perf && perf < hrtimer && hrtimer < procfs, "stap's order: be, jiffies, perf, hrtimer, procfs");
            string procfsFailure = init.Substring(procfs);
            int hrtimerUndo = procfsFailure.IndexOf("_stp_hrtimer_delete", StringComparison.Ordinal);
            int perfUndo = procfsFailure.IndexOf("_stp_perf_del_n", StringComparison.Ordinal);
            int jiffiesUndo = procfsFailure.IndexOf("del_timer_sync", StringComparison.Ordinal);
            int errorProbes = procfsFailure.IndexOf("if (stp->type == 2)", StringComparison.Ordinal);
            Assert.True(0 < hrtimerUndo && hrtimerUndo < perfUndo && perfUndo < jiffiesUndo && jiffiesUndo < errorProbes);
            string exit = Between(c, "static void systemtap_module_exit", "static int systemtap_kernel_module_init");
            Assert.True(exit.IndexOf("_stp_close_procfs", StringComparison.Ordinal) < exit.IndexOf("_stp_hrtimer_delete", StringComparison.Ordinal));
        }
    }
}
