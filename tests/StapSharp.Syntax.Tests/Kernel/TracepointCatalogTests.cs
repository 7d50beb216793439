using System.Diagnostics;
using System.Linq;
using StapSharp.Testing;
using Xunit;
using Xunit.Abstractions;

namespace StapSharp.Semantics.Tests
{
    /// <summary>The tracepoints of the real installed headers of the target kernel.</summary>
    public class TracepointCatalogTests
    {
        private readonly ITestOutputHelper _output;

        public TracepointCatalogTests(ITestOutputHelper output) => _output = output;

        [RequiresFact(Needs.KernelBuildTree)]
        public void The_installed_headers_declare_the_known_tracepoints_with_their_prototypes()
        {
            var target = Prerequisites.RequireKernel();
            var clock = Stopwatch.StartNew();
            TracepointCatalog catalog = TracepointCatalog.Load(target);
            _output.WriteLine($"{catalog.Tracepoints.Length} tracepoints ({catalog.Tracepoints.Count(t => t.IsEvent)} events) "
                + $"from {catalog.Headers.Length} headers in {clock.ElapsedMilliseconds} ms; roots {string.Join(", ", catalog.Roots)}");

            var exec = catalog.Find("sched_process_exec");
            Assert.NotNull(exec);
            Assert.Equal("sched", exec!.System);
            Assert.Equal("trace/events/sched.h", exec.Header);
            Assert.Equal(new[] { "struct task_struct *p", "pid_t old_pid", "struct linux_binprm *bprm" }, exec.Parameters.Select(p => p.ToString()));

            // DECLARE_EVENT_CLASS(sched_wakeup_template) + DEFINE_EVENT(sched_wakeup_template, sched_wakeup_new).
            Assert.Equal(new[] { "struct task_struct *p" }, catalog.Find("sched_wakeup_new")!.Parameters.Select(p => p.ToString()));
            // The raw syscall tracepoints the tp_syscall tapsets use, and an architecture header's.
            Assert.Equal("raw_syscalls", catalog.Find("sys_enter")!.System);
            Assert.Equal(new[] { "struct pt_regs *regs", "long id" }, catalog.Find("sys_enter")!.Parameters.Select(p => p.ToString()));
            Assert.Equal("asm/trace/fpu.h", catalog.Find("x86_fpu_before_save")!.Header);
            // TRACE_EVENT_RCU is TRACE_EVENT only with CONFIG_RCU_TRACE; DECLARE_TRACE makes no event.
            bool rcuTrace = target.Config.TryGetValue("CONFIG_RCU_TRACE", out string? rcu) && rcu == "y";
            Assert.Equal(rcuTrace, catalog.Find("rcu_grace_period") != null);
            Assert.False(catalog.Find("pelt_cfs_tp")!.IsEvent);

            bool hungTask = target.Config.TryGetValue("CONFIG_DETECT_HUNG_TASK", out string? hung) && hung == "y";
            var expected = new[] { "sched_process_exec", "sched_process_exit", "sched_process_fork", "sched_process_free" }
                .Concat(hungTask ? new[] { "sched_process_hang" } : new string[0]).Concat(new[] { "sched_process_wait" });
            Assert.Equal(expected, catalog.Match("sched:sched_process_*").Select(t => t.Name));
            Assert.Empty(catalog.Match("nosuchsystem:sched_process_*"));
            Assert.InRange(catalog.Tracepoints.Length, 500, 5000);
        }

        [RequiresFact(Needs.KernelBuildTree)]
        public void The_cached_catalogue_is_the_one_read_from_the_headers()
        {
            var target = Prerequisites.RequireKernel();
            string cache = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "stapsharp-tpcache-" + System.Guid.NewGuid().ToString("N"));
            try
            {
                var clock = Stopwatch.StartNew();
                TracepointCatalog cold = TracepointCatalog.Load(target, cache);
                long coldMs = clock.ElapsedMilliseconds;
                clock.Restart();
                TracepointCatalog warm = TracepointCatalog.Load(target, cache);
                _output.WriteLine($"catalogue: cold {coldMs} ms, warm {clock.ElapsedMilliseconds} ms");

                Assert.Single(System.IO.Directory.GetFiles(System.IO.Path.Combine(cache, "tracepoints")));
                Assert.Equal(cold.Tracepoints.Select(t => t.ToString() + " " + t.Macro + " " + t.Header),
                    warm.Tracepoints.Select(t => t.ToString() + " " + t.Macro + " " + t.Header));
                Assert.Equal(cold.Headers.ToArray(), warm.Headers.ToArray());
                Assert.Equal(TracepointCatalog.Load(target).Tracepoints.Length, warm.Tracepoints.Length);
            }
            finally
            {
                if (System.IO.Directory.Exists(cache)) System.IO.Directory.Delete(cache, recursive: true);
            }
        }
    }
}
