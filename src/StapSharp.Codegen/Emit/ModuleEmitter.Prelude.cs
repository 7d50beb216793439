using System.Linq;
using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen
{
    internal sealed partial class ModuleEmitter
    {
        private void WritePrelude()
        {
            _w.Directive("#define STAP_MSG_RUNTIME_H_01 \"myproc-unprivileged tapset function called without is_myproc checking for pid %d (euid %d)\"");
            _w.Directive("#define STAP_MSG_LOC2C_01 \"read fault [man error::fault] at 0x%lx\"");
            _w.Directive("#define STAP_MSG_LOC2C_02 \"write fault [man error::fault] at 0x%lx\"");
            _w.Directive("#define STAP_MSG_LOC2C_03 \"divide by zero in DWARF operand (%s)\"");
            _w.Directive("#define STAP_MSG_LOC2C_04 \"register access fault [man error::fault]\"");
            _w.Directive("#define STAP_VERSION(a, b) ( ((a) << 8) + (b) )");
            _w.Directive("#ifndef STAP_COMPAT_VERSION");
            _w.Directive("#define STAP_COMPAT_VERSION STAP_VERSION(4, 8)");
            _w.Directive("#endif");
            _w.Directive("#pragma GCC diagnostic ignored \"-Wtautological-compare\"");
            _w.Directive("#include \"runtime_defines.h\"");
            if (PerfProbeCount > 0)
                _w.Directive("#define _HAVE_PERF_ 1"); // perf_read.h declares the perf runtime rather than stubbing it out
            _w.Directive("#include \"linux/perf_read.h\"");
            _w.Directive("#define STP_PR_STAPUSR 0x2");
            _w.Directive("#define STP_PR_STAPSYS 0x4");
            _w.Directive("#define STP_PR_STAPDEV 0x8");
            _w.Directive("#define STP_PRIVILEGE 0x8");
            _w.Line("int stp_required_privilege __attribute__ ((section (\".stap_privilege\"))) = STP_PRIVILEGE;");
            _w.Directive("#include \"stap_common.h\"");
            _w.Line("static void systemtap_module_refresh (const char* modname);");
            // No probe of this module uses the task finder (process probes, uprobes, pragma:vma), so the
            // runtime's stubs replace it. This also avoids stap 4.8's utrace code, which does not compile
            // against kernels with the task_work_cancel_func backport (Debian 12's 6.1 kernels; see docs/vm.md).
            _w.Directive("#undef STAPCONF_UTRACE_VIA_TRACEPOINTS");
            _w.Directive("#include \"runtime.h\"");
            _w.Directive("#include <linux/mutex.h>");
            _w.Line("static DEFINE_MUTEX(module_refresh_mutex);");
            _w.Directive("#include <linux/version.h>");
            _w.Directive("#if LINUX_VERSION_CODE >= KERNEL_VERSION(2,6,17)");
            _w.Directive("#define STP_ON_THE_FLY_TIMER_ENABLE");
            _w.Directive("#endif");
            _w.Line();
        }

        /// <summary>Writes stap_common.h, shared by the module source and stap_symbols.c.</summary>
        public string EmitCommonHeader()
        {
            var w = new CWriter();
            w.Directive("#ifndef MAXNESTING");
            w.Directive("#define MAXNESTING " + Number(_context.Analysis.MaxNesting));
            w.Directive("#endif");
            var (regexMap, regexTag) = RegexContextSizes();
            w.Directive("#define STAPREGEX_MAX_MAP " + Number(regexMap));
            w.Directive("#define STAPREGEX_MAX_TAG " + Number(regexTag));
            w.Directive("#define STP_SKIP_BADVARS 0");
            w.Directive("#define STP_PROBE_COUNT " + Number(Module.Probes.Count(p => p.Point is not IrSessionProbePoint { Kind: IrSessionProbeKind.Never })));
            w.Directive("#if (defined(__arm__) || defined(__i386__) || defined(__x86_64__) || defined(__powerpc64__)) || defined (__s390x__) || defined(__aarch64__) || defined(__mips__)");
            w.Directive("#ifdef STP_NEED_UNWIND_DATA");
            w.Directive("#ifndef STP_USE_DWARF_UNWINDER");
            w.Directive("#define STP_USE_DWARF_UNWINDER");
            w.Directive("#endif");
            w.Directive("#endif");
            w.Directive("#endif");
            return w.ToString();
        }

        private void WriteContext()
        {
            _w.OpenBlock("struct context");
            _w.Directive("  #include \"common_probe_context.h\"");
            WriteRegexContextMember();
            _w.OpenBlock("union");
            foreach (EmittedProbe probe in _probes)
                WriteFrameStruct(CNames.Locals(probe.Name), probe.Frame, probe.Name);
            _w.CloseBlock(" probe_locals;");
            _w.OpenBlock("union");
            foreach (var (function, frame) in _functions)
            {
                string name = CNames.Function(function.Name);
                WriteFrameStruct(CNames.Locals(name), frame, name);
            }
            _w.CloseBlock(" locals [MAXNESTING+1];");
            _w.Directive("  #if MAXNESTING < 0");
            _w.Directive("  #error \"MAXNESTING must be positive\"");
            _w.Directive("  #endif");
            _w.CloseBlock(";");
            _w.Line();
        }

        private void WriteFrameStruct(string tag, FrameEmitter frame, string member)
        {
            _w.OpenBlock("struct " + tag);
            foreach (string field in frame.FieldDeclarations)
                _w.Line(field);
            _w.CloseBlock(" " + member + ";");
        }

        private void WriteMapInstantiations()
        {
            if (_context.Analysis.MapSuffixes.IsEmpty)
                return;
            _w.Directive("#include \"alloc.c\"");
            foreach (var (keyTypes, valueType) in _context.Analysis.MapSuffixes)
            {
                _w.Directive("#define VALUE_TYPE " + CNames.MapTypeMacro(valueType));
                for (int i = 0; i < keyTypes.Length; i++)
                    _w.Directive("#define KEY" + Number(i + 1) + "_TYPE " + CNames.MapTypeMacro(keyTypes[i]));
                // Arrays of statistics are per-CPU maps (pmap-gen.c), as in stap.
                if (valueType == IrType.Statistics)
                    _w.Directive("#define MAP_DO_PMAP 1");
                _w.Directive("#include \"map-gen.c\"");
                _w.Directive("#undef MAP_DO_PMAP");
                _w.Directive("#undef VALUE_TYPE");
                for (int i = 0; i < keyTypes.Length; i++)
                    _w.Directive("#undef KEY" + Number(i + 1) + "_TYPE");
            }
            _w.Directive("#include \"map.c\"");
        }

        private void WriteRefreshMachinery()
        {
            _w.Line("static atomic_t need_module_refresh = ATOMIC_INIT(0);");
            _w.Directive("#include <linux/workqueue.h>");
            _w.Line("static struct work_struct module_refresher_work;");
            _w.OpenBlock("static void module_refresher(struct work_struct *work)");
            _w.Line("systemtap_module_refresh(NULL);");
            _w.CloseBlock();
            _w.Directive("#ifdef STP_ON_THE_FLY_TIMER_ENABLE");
            _w.Directive("#include \"timer.h\"");
            _w.Line("static struct hrtimer module_refresh_timer;");
            _w.Directive("#ifndef STP_ON_THE_FLY_INTERVAL");
            _w.Directive("#define STP_ON_THE_FLY_INTERVAL (100*1000*1000)");
            _w.Directive("#endif");
            _w.OpenBlock("static hrtimer_return_t module_refresh_timer_cb(struct hrtimer *timer)");
            _w.Line("if (atomic_cmpxchg(&need_module_refresh, 1, 0) == 1)");
            _w.Line("  schedule_work(&module_refresher_work);");
            _w.Line("hrtimer_set_expires(timer, ktime_add(hrtimer_get_expires(timer), ktime_set(0, STP_ON_THE_FLY_INTERVAL)));");
            _w.Line("return HRTIMER_RESTART;");
            _w.CloseBlock();
            _w.Directive("#endif /* STP_ON_THE_FLY_TIMER_ENABLE */");
        }
    }
}
