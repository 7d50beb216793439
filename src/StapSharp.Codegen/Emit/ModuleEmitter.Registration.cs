using System;
using System.Collections.Generic;

namespace StapSharp.Codegen
{
    internal sealed partial class ModuleEmitter
    {
        /// <summary>A probe family's registration in systemtap_module_init (sets rc and probe_point on failure) and its undo.</summary>
        private sealed record ProbeGroup(string Family, Action Register, Action Unregister);

        /// <summary>The families this module registers, in stap 4.8's order; module exit undoes them in reverse.</summary>
        private IEnumerable<ProbeGroup> RegisteredGroups()
        {
            if (SessionProbeCount > 0)
                yield return new ProbeGroup("begin/end/error", () => WriteSessionProbeLoop(0), () => { WriteSessionProbeLoop(1); WriteSessionProbeLoop(2); });
            if (JiffiesProbeCount > 0)
                yield return new ProbeGroup("timer.jiffies", WriteJiffiesRegistration, () =>
                {
                    _w.Line("for (i=0; i<" + Number(JiffiesProbeCount) + "; i++)");
                    _w.Line("  del_timer_sync (& stap_timer_probes[i].timer_list);");
                });
            if (PerfProbeCount > 0)
                yield return new ProbeGroup("perf", () => _w.Line("rc = _stp_perf_init_n (stap_perf_probes, " + Number(PerfProbeCount) + ", &probe_point);"),
                    () => _w.Line("_stp_perf_del_n (stap_perf_probes, " + Number(PerfProbeCount) + ");"));
            if (TimerProbeCount > 0)
                yield return new ProbeGroup("hrtimer", WriteTimerRegistration, () =>
                {
                    _w.Line("for (i=0; i<" + Number(TimerProbeCount) + "; i++)");
                    _w.Line("  _stp_hrtimer_delete(& stap_hrtimer_probes[i]);");
                });
            if (ProcfsFiles.Count > 0)
                yield return new ProbeGroup("procfs", WriteProcfsRegistration, WriteProcfsUnregistration);
        }

        /// <summary>Runs the begin (0), end (1) or error (2) probes, in table order.</summary>
        private void WriteSessionProbeLoop(int type)
        {
            _w.OpenBlock("for (i=0; i<" + Number(SessionProbeCount) + "; i++)");
            _w.Line("struct stap_be_probe* stp = & stap_be_probes [i];");
            _w.Line("if (stp->type == " + Number(type) + ")");
            _w.Line("  enter_be_probe (stp);");
            _w.CloseBlock();
        }

        /// <summary>add_timer cannot fail: rc stays 0.</summary>
        private void WriteJiffiesRegistration()
        {
            _w.OpenBlock("for (i=0; i<" + Number(JiffiesProbeCount) + "; i++)");
            _w.Line("struct stap_timer_probe* stp = & stap_timer_probes [i];");
            _w.Line("probe_point = stp->probe->pp;");
            _w.Line("timer_setup (& stp->timer_list, enter_timer_probe, 0);");
            _w.Line("stp->timer_list.expires = jiffies + " + JiffiesExpression + ";");
            _w.Line("add_timer (& stp->timer_list);");
            _w.CloseBlock();
        }
    }
}
