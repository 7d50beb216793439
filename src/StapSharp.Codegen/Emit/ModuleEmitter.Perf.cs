using System.Collections.Generic;
using System.Linq;
using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen
{
    internal sealed partial class ModuleEmitter
    {
        /// <summary>
        /// perf probes: <c>perf.type(T).config(C)</c> points, and <c>timer.profile</c> given as an IR timer, which is
        /// perf.sw.cpu_clock.sample(1000000) on kernels without the profile timer hook (all those the runtime supports now).
        /// </summary>
        private IEnumerable<EmittedProbe> PerfProbes =>
            _probes.Where(p => p.Probe.Point is IrPerfProbePoint or IrTimerProbePoint { Unit: IrTimerUnit.Profile });

        private int PerfProbeCount => PerfProbes.Count();

        private static IrPerfProbePoint PerfPointOf(IrProbePoint point) =>
            point as IrPerfProbePoint ?? new IrPerfProbePoint(EventType: 1 /* PERF_TYPE_SOFTWARE */, Config: 0 /* PERF_COUNT_SW_CPU_CLOCK */);

        /// <summary>One system-wide event per CPU (linux/perf.c); each overflow enters the handler with the interrupted registers.</summary>
        private void WritePerfProbeGroup()
        {
            var probes = PerfProbes.ToList();
            if (probes.Count == 0)
                return;
            _w.Line("/* ---- perf probes ---- */");
            _w.Directive("#include <linux/perf_event.h>");
            _w.Directive("#include \"linux/perf.h\"");
            _w.Line();
            _w.Line("static void handle_perf_probe (unsigned i, struct pt_regs *regs);");
            for (int i = 0; i < probes.Count; i++)
            {
                WritePerfCallbackSignature(i);
                _w.Line(";");
            }
            _w.Line();
            _w.OpenBlock("static struct stap_perf_probe stap_perf_probes [" + Number(probes.Count) + "] =");
            for (int i = 0; i < probes.Count; i++)
            {
                IrPerfProbePoint perf = PerfPointOf(probes[i].Probe.Point);
                string sample = perf.IsFrequency
                    ? "{ .sample_freq=" + Number(perf.Period) + "ULL }, .freq=1,"
                    : "{ .sample_period=" + Number(perf.Period) + "ULL },";
                _w.OpenBlock();
                _w.Line(".attr={ .type=" + Number(perf.EventType) + "ULL, .config=" + Number(perf.Config) + "ULL, " + sample + " },");
                _w.Line(".callback=enter_perf_probe_" + Number(i) + ",");
                _w.Line(".probe=(&stap_probes[" + Number(probes[i].Index) + "]),");
                _w.Line(".system_wide=1,");
                _w.Line(".cb_lock = __MUTEX_INITIALIZER(stap_perf_probes[" + Number(i) + "].cb_lock),");
                _w.CloseBlock(",");
            }
            _w.CloseBlock(";");
            _w.Line();
            for (int i = 0; i < probes.Count; i++)
            {
                WritePerfCallbackSignature(i);
                _w.OpenBlock();
                _w.Line("handle_perf_probe(" + Number(i) + ", regs);");
                _w.CloseBlock();
                _w.Line();
            }
            _w.OpenBlock("static void handle_perf_probe (unsigned i, struct pt_regs *regs)");
            _w.Line("struct stap_perf_probe* stp = & stap_perf_probes [i];");
            WriteEntry("stp_probe_type_perf", "STAP_SESSION_RUNNING", pollRefresh: false, overload: true, "stp->probe", beforeCall: () =>
            {
                _w.OpenBlock("if (user_mode(regs))");
                _w.Line("c->user_mode_p = 1;");
                _w.Line("c->uregs = regs;");
                _w.CloseBlock();
                _w.OpenBlock("else");
                _w.Line("c->kregs = regs;");
                _w.CloseBlock();
            }, afterCall: null);
            _w.CloseBlock();
            _w.Line();
            _w.Directive("#include \"linux/perf.c\"");
            _w.Line();
        }

        /// <summary>The overflow handler's signature changed once (the nmi argument went away); stapconf says which one this kernel has.</summary>
        private void WritePerfCallbackSignature(int index)
        {
            string name = "static void enter_perf_probe_" + Number(index);
            _w.Directive("#ifdef STAPCONF_PERF_HANDLER_NMI");
            _w.Line(name + " (struct perf_event *e, int nmi, struct perf_sample_data *data, struct pt_regs *regs)");
            _w.Directive("#else");
            _w.Line(name + " (struct perf_event *e, struct perf_sample_data *data, struct pt_regs *regs)");
            _w.Directive("#endif");
        }
    }
}
