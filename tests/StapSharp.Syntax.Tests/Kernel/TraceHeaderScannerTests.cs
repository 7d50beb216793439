using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace StapSharp.Semantics.Tests
{
    public class TraceHeaderScannerTests
    {
        private const string Header = @"/* SPDX-License-Identifier: GPL-2.0 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM demo

#if !defined(_TRACE_DEMO_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_DEMO_H

#include <linux/tracepoint.h>

/* TRACE_EVENT(commented_out, TP_PROTO(int a), TP_ARGS(a)) */
TRACE_EVENT(demo_exec,

	TP_PROTO(struct task_struct *p, pid_t old_pid,
		 struct linux_binprm *bprm),

	TP_ARGS(p, old_pid, bprm),

	TP_STRUCT__entry(
		__string(	filename,	bprm->filename	)
#ifdef CONFIG_DEMO_EXTRA
		__field(	int,	extra	)
#endif
	),

	TP_fast_assign(
		__assign_str(filename, bprm->filename);
	),

	TP_printk(""filename=%s (a \""quoted)\"" paren"", __get_str(filename))
);

DECLARE_EVENT_CLASS(demo_class,
	TP_PROTO(const char *name, unsigned long  flags),
	TP_ARGS(name, flags),
	TP_STRUCT__entry(__field(unsigned long, flags)),
	TP_fast_assign(__entry->flags = flags;),
	TP_printk(""%lx"", __entry->flags)
);

DEFINE_EVENT(demo_class, demo_start,
	TP_PROTO(const char *name, unsigned long flags),
	TP_ARGS(name, flags));

#ifdef CONFIG_DEMO_ON
DEFINE_EVENT(demo_class, demo_only_when_on,
	TP_PROTO(const char *name, unsigned long flags),
	TP_ARGS(name, flags));
#else
DEFINE_EVENT(demo_class, demo_only_when_off,
	TP_PROTO(const char *name, unsigned long flags),
	TP_ARGS(name, flags));
#endif

#if IS_ENABLED(CONFIG_DEMO_MOD) && CONFIG_DEMO_LEVEL >= 2
TRACE_EVENT_CONDITION(demo_modular,
	TP_PROTO(void),
	TP_ARGS(),
	TP_CONDITION(1),
	TP_STRUCT__entry(__field(int, x)),
	TP_fast_assign(__entry->x = 0;),
	TP_printk(""x""));
#endif

#ifdef CONFIG_DEMO_RCU
#define TRACE_EVENT_DEMO TRACE_EVENT
#else
#define TRACE_EVENT_DEMO TRACE_EVENT_NOP
#endif

TRACE_EVENT_DEMO(demo_aliased,
	TP_PROTO(u8 level, void (*cb)(void *data), char buf[16]),
	TP_ARGS(level, cb, buf),
	TP_STRUCT__entry(__field(u8, level)),
	TP_fast_assign(__entry->level = level;),
	TP_printk(""%d"", __entry->level));

#define DEFINE_DEMO_DENTRY(__type)					\
DEFINE_EVENT(demo_class, demo_dentry_##__type,			\
	TP_PROTO(const char *name, unsigned long flags),		\
	TP_ARGS(name, flags)						\
)

DEFINE_DEMO_DENTRY(create);
DEFINE_DEMO_DENTRY(unlink);

DECLARE_TRACE(demo_bare_tp,
	TP_PROTO(struct rq *rq, int change),
	TP_ARGS(rq, change));

#undef TRACE_SYSTEM
#define TRACE_SYSTEM demo2

TRACE_EVENT(demo_other_system,
	TP_PROTO(int cpu),
	TP_ARGS(cpu),
	TP_STRUCT__entry(__field(int, cpu)),
	TP_fast_assign(__entry->cpu = cpu;),
	TP_printk(""%d"", __entry->cpu));

/* As module.h: the system is set only where the events are created. */
#ifdef CREATE_TRACE_POINTS
#undef TRACE_SYSTEM
#define TRACE_SYSTEM demo3
#endif

TRACE_EVENT(demo_created, TP_PROTO(int x), TP_ARGS(x), TP_STRUCT__entry(__field(int, x)), TP_fast_assign(__entry->x = x;), TP_printk(""%d"", __entry->x));

#endif /* _TRACE_DEMO_H */
#include <trace/define_trace.h>
";

        private static IReadOnlyList<TracepointDefinition> Scan(params (string Name, string Value)[] config) =>
            TraceHeaderScanner.Scan(Header, "trace/events/demo.h", config.ToDictionary(c => c.Name, c => c.Value));

        [Fact]
        public void Reads_names_systems_macros_and_prototypes()
        {
            var found = Scan();

            Assert.Equal(
                new[]
                {
                    "demo:demo_exec (struct task_struct *p, pid_t old_pid, struct linux_binprm *bprm)",
                    "demo:demo_start (const char *name, unsigned long flags)",
                    "demo:demo_only_when_off (const char *name, unsigned long flags)",
                    "demo:demo_dentry_create (const char *name, unsigned long flags)",
                    "demo:demo_dentry_unlink (const char *name, unsigned long flags)",
                    "demo:demo_bare_tp (struct rq *rq, int change)",
                    "demo2:demo_other_system (int cpu)",
                    "demo3:demo_created (int x)",
                },
                found.Select(t => t.ToString()));
            var exec = found[0];
            Assert.Equal("TRACE_EVENT", exec.Macro);
            Assert.Equal("trace/events/demo.h", exec.Header);
            Assert.Equal(new[] { "struct task_struct *", "pid_t", "struct linux_binprm *" }, exec.Parameters.Select(p => p.Type));
            Assert.Equal(new[] { "p", "old_pid", "bprm" }, exec.Parameters.Select(p => p.Name));
            Assert.True(exec.IsEvent);
            Assert.False(found.Single(t => t.Name == "demo_bare_tp").IsEvent);
            Assert.Equal("DEFINE_EVENT", found.Single(t => t.Name == "demo_dentry_create").Macro);
        }

        [Fact]
        public void The_configuration_decides_conditional_tracepoints()
        {
            var found = Scan(("CONFIG_DEMO_ON", "y"), ("CONFIG_DEMO_MOD", "m"), ("CONFIG_DEMO_LEVEL", "2"), ("CONFIG_DEMO_RCU", "y"));
            string[] names = found.Select(t => t.Name).ToArray();

            Assert.Contains("demo_only_when_on", names);
            Assert.DoesNotContain("demo_only_when_off", names);
            var modular = found.Single(t => t.Name == "demo_modular");
            Assert.Equal("TRACE_EVENT_CONDITION", modular.Macro);
            Assert.Empty(modular.Parameters);
            var aliased = found.Single(t => t.Name == "demo_aliased");
            Assert.Equal("TRACE_EVENT", aliased.Macro);
            Assert.Equal(new[] { "u8 level", "void (*)(void *data) cb", "char[16] buf" },
                aliased.Parameters.Select(p => p.Type + " " + p.Name));

            // Level 1 is below the header's threshold; =n is not enabled; a missing option is not either.
            var lower = Scan(("CONFIG_DEMO_MOD", "m"), ("CONFIG_DEMO_LEVEL", "1"));
            Assert.DoesNotContain("demo_modular", lower.Select(t => t.Name));
            Assert.DoesNotContain("demo_aliased", lower.Select(t => t.Name));
            Assert.DoesNotContain("demo_only_when_on", Scan(("CONFIG_DEMO_ON", "n")).Select(t => t.Name));
        }

        [Theory]
        [InlineData("defined(CONFIG_A)", true)]
        [InlineData("defined CONFIG_B", false)]
        [InlineData("defined(CONFIG_M)", false)]
        [InlineData("defined(CONFIG_M_MODULE)", true)]
        [InlineData("IS_ENABLED(CONFIG_M) && IS_MODULE(CONFIG_M) && !IS_BUILTIN(CONFIG_M)", true)]
        [InlineData("IS_BUILTIN(CONFIG_A) || 0", true)]
        [InlineData("CONFIG_N == 32 && !(CONFIG_N > 40)", true)]
        [InlineData("CONFIG_HEX == 0x10", true)]
        [InlineData("UNKNOWN_MACRO", false)]
        [InlineData("UNKNOWN_FN(1, 2) || LOCAL == 3", true)]
        [InlineData("!defined(LOCAL) || defined(OTHER)", false)]
        public void Evaluates_kernel_conditions(string condition, bool expected)
        {
            var config = new Dictionary<string, string> { ["CONFIG_A"] = "y", ["CONFIG_M"] = "m", ["CONFIG_N"] = "32", ["CONFIG_HEX"] = "0x10", ["CONFIG_B"] = "n" };
            var local = new Dictionary<string, string> { ["LOCAL"] = "3" };
            Assert.Equal(expected, new KernelConditionEvaluator(config, local).Evaluate(condition));
        }
    }
}
