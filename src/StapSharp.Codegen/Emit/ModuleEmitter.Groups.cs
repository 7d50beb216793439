using System.Linq;
using StapSharp.Codegen.Ir;

namespace StapSharp.Codegen
{
    internal sealed partial class ModuleEmitter
    {
        private bool HasSessionProbes => _probes.Any(p => p.IsSession);

        private void WriteSessionProbeGroup()
        {
            if (!HasSessionProbes)
                return;
            _w.Line("/* ---- begin/end/error probes ---- */");
            _w.OpenBlock("static struct stap_be_probe");
            _w.Line("const struct stap_probe * const probe;");
            _w.Line("int state, type;");
            _w.CloseBlock(" stap_be_probes[] = {");
            _w.Indent();
            // Runs in table order (each kind filtered by type): stap's order, see SessionProbeTable.
            foreach (EmittedProbe probe in SessionProbeTable())
            {
                var kind = Normalize(((IrSessionProbePoint)probe.Probe.Point).Kind);
                string state = kind switch
                {
                    IrSessionProbeKind.Begin => "STAP_SESSION_STARTING",
                    IrSessionProbeKind.End => "STAP_SESSION_STOPPING",
                    _ => "STAP_SESSION_ERROR",
                };
                _w.Line("{ .probe=(&stap_probes[" + Number(probe.Index) + "]), .state=" + state + ", .type=" + Number((int)kind) + " },");
            }
            _w.Outdent();
            _w.Line("};");
            _w.OpenBlock("static void enter_be_probe (struct stap_be_probe *stp)");
            WriteEntry("stp_probe_type_been", "stp->state", pollRefresh: false, overload: false);
            _w.CloseBlock();
            _w.Line();
        }

        private void WriteTimerProbeGroup()
        {
            var timers = TimerProbes.ToList();
            if (timers.Count == 0)
                return;
            _w.Line("/* ---- hrtimer probes ---- */");
            _w.Directive("#include \"timer.c\"");
            _w.OpenBlock("static struct stap_hrtimer_probe stap_hrtimer_probes [" + Number(timers.Count) + "] =");
            foreach (EmittedProbe probe in timers)
            {
                var timer = (IrTimerProbePoint)probe.Probe.Point;
                long interval = ProbePoints.ToNanoseconds(timer.Unit, timer.Interval) ?? 0;
                long spread = timer.Randomize == 0 ? 0 : ProbePoints.ToNanoseconds(timer.Unit, timer.Randomize) ?? 0;
                _w.Line("{ .probe=(&stap_probes[" + Number(probe.Index) + "]), .intrv=" + Number(interval) + "LL, .rnd=" + Number(spread) + "LL },");
            }
            _w.CloseBlock(";");
            _w.Line();
            _w.OpenBlock("static hrtimer_return_t _stp_hrtimer_notify_function (struct hrtimer *timer)");
            _w.Line("int rc = HRTIMER_NORESTART;");
            _w.Line("struct stap_hrtimer_probe *stp = container_of(timer, struct stap_hrtimer_probe, hrtimer);");
            _w.OpenBlock("if ((atomic_read (session_state()) == STAP_SESSION_STARTING) || (atomic_read (session_state()) == STAP_SESSION_RUNNING))");
            _w.Line("_stp_hrtimer_update(stp);");
            _w.Line("rc = HRTIMER_RESTART;");
            _w.CloseBlock();
            _w.OpenBlock();
            WriteEntry("stp_probe_type_hrtimer", "STAP_SESSION_RUNNING", pollRefresh: true, overload: true);
            _w.CloseBlock();
            _w.Line("return rc;");
            _w.CloseBlock();
            _w.Line();
        }

        /// <summary>timer.jiffies: kernel timer_list timers, re-armed on each expiry (in jiffies, plus the randomization).</summary>
        private void WriteJiffiesProbeGroup()
        {
            var timers = JiffiesProbes.ToList();
            if (timers.Count == 0)
                return;
            _w.Line("/* ---- timer probes ---- */");
            _w.OpenBlock("static struct stap_timer_probe");
            _w.Line("struct timer_list timer_list;");
            _w.Line("const struct stap_probe * const probe;");
            _w.Line("unsigned intrv, ms, rnd;");
            _w.CloseBlock(" stap_timer_probes [" + Number(timers.Count) + "] = {");
            _w.Indent();
            foreach (EmittedProbe probe in timers)
            {
                var timer = (IrTimerProbePoint)probe.Probe.Point;
                _w.Line("{ .probe=(&stap_probes[" + Number(probe.Index) + "]), .intrv=" + Number(timer.Interval) + ", .ms=0, .rnd=" + Number(timer.Randomize) + " },");
            }
            _w.Outdent();
            _w.Line("};");
            _w.Line();
            _w.OpenBlock("static void enter_timer_probe (stp_timer_callback_parameter_t val)");
            _w.Directive("#if !defined(init_timer)");
            _w.Line("struct stap_timer_probe* stp = container_of(val, struct stap_timer_probe, timer_list);");
            _w.Directive("#else");
            _w.Line("struct stap_timer_probe* stp = & stap_timer_probes [val];");
            _w.Directive("#endif");
            _w.Line("if ((atomic_read (session_state()) == STAP_SESSION_STARTING) || (atomic_read (session_state()) == STAP_SESSION_RUNNING))");
            _w.Line("  mod_timer (& stp->timer_list, jiffies + " + JiffiesExpression + ");");
            _w.OpenBlock();
            WriteEntry("stp_probe_type_timer", "STAP_SESSION_RUNNING", pollRefresh: false, overload: true);
            _w.CloseBlock();
            _w.CloseBlock();
            _w.Line();
        }

        /// <summary>The next expiry of a timer_list probe, in jiffies from now.</summary>
        private const string JiffiesExpression =
            "({ unsigned i = stp->intrv; if (stp->rnd != 0) i += _stp_random_pm(stp->rnd); stp->ms ? msecs_to_jiffies(i) : i; })";

        /// <summary>
        /// The common handler entry of every probe family: stack and session-state checks, context
        /// reservation and reset, the call, then error accounting (MAXERRORS) and skip accounting (MAXSKIPPED).
        /// </summary>
        private void WriteEntry(string probeType, string expectedState, bool pollRefresh, bool overload) =>
            WriteEntry(probeType, expectedState, pollRefresh, overload, "stp->probe", beforeCall: null, afterCall: null);

        /// <summary>
        /// The entry with the family's own pieces: <paramref name="probe"/> is the C expression of the
        /// <c>struct stap_probe</c>; <paramref name="beforeCall"/> (may <c>goto probe_epilogue</c>) and
        /// <paramref name="afterCall"/> run with the context set up, around the handler call.
        /// </summary>
        private void WriteEntry(string probeType, string expectedState, bool pollRefresh, bool overload, string probe,
            System.Action? beforeCall, System.Action? afterCall)
        {
            // begin/end/error probes may legitimately run long: stap exempts them from the overload check.
            string timing = overload ? "  #if defined(STP_TIMING) || defined(STP_OVERLOAD)" : "  #if defined(STP_TIMING)";
            _w.Directive("  #ifdef STP_ALIBI");
            _w.Line("atomic_inc(probe_alibi(" + probe + "->index));");
            _w.Directive("  #else");
            _w.Line("struct context* __restrict__ c = NULL;");
            _w.Directive("  #if !INTERRUPTIBLE");
            _w.Line("unsigned long flags;");
            _w.Directive("  #endif");
            _w.Directive("  #ifdef STP_TIMING");
            _w.Line("Stat stat = probe_timing(" + probe + "->index);");
            _w.Directive("  #endif");
            _w.Directive(timing);
            _w.Line("cycles_t cycles_atstart = get_cycles ();");
            _w.Directive("  #endif");
            _w.Directive("  #if !INTERRUPTIBLE");
            _w.Line("local_irq_save (flags);");
            _w.Directive("  #endif");
            _w.OpenBlock("if (unlikely ((((unsigned long) (& c)) & (THREAD_SIZE-1)) < (MINSTACKSPACE + sizeof (struct thread_info))))");
            _w.Line("atomic_inc (skipped_count());");
            _w.Directive("  #ifdef STP_TIMING");
            _w.Line("atomic_inc (skipped_count_lowstack());");
            _w.Directive("  #endif");
            _w.Line("goto probe_epilogue;");
            _w.CloseBlock();
            _w.Line("if (atomic_read (session_state()) != " + expectedState + ")");
            _w.Line("  goto probe_epilogue;");
            _w.Line("c = _stp_runtime_entryfn_get_context();");
            _w.OpenBlock("if (!c)");
            _w.Directive("  #if !INTERRUPTIBLE");
            _w.Line("atomic_inc (skipped_count());");
            _w.Directive("  #endif");
            _w.Directive("  #ifdef STP_TIMING");
            _w.Line("atomic_inc (skipped_count_reentrant());");
            _w.Directive("  #endif");
            _w.Line("goto probe_epilogue;");
            _w.CloseBlock();
            _w.Line("c->aborted = 0;");
            _w.Line("c->locked = 0;");
            _w.Line("c->last_stmt = 0;");
            _w.Line("c->last_error = 0;");
            _w.Line("c->nesting = -1;");
            _w.Line("c->uregs = 0;");
            _w.Line("c->kregs = 0;");
            _w.Line("c->sregs = 0;");
            _w.Line("c->probe_point = " + probe + "->pp;");
            _w.Directive("  #ifdef STP_NEED_PROBE_NAME");
            _w.Line("c->probe_name = " + probe + "->pn;");
            _w.Directive("  #endif");
            _w.Line("c->probe_type = " + probeType + ";");
            _w.Line("memset(&c->ips, 0, sizeof(c->ips));");
            _w.Line("c->user_mode_p = 0; c->full_uregs_p = 0;");
            _w.Directive("  #ifdef STAP_NEED_REGPARM");
            _w.Line("c->regparm = 0;");
            _w.Directive("  #endif");
            _w.Directive("  #if INTERRUPTIBLE");
            _w.Line("c->actionremaining = MAXACTION_INTERRUPTIBLE;");
            _w.Directive("  #else");
            _w.Line("c->actionremaining = MAXACTION;");
            _w.Directive("  #endif");
            _w.Directive("  #if defined(STP_NEED_UNWIND_DATA)");
            _w.Line("c->uwcache_user.state = uwcache_uninitialized;");
            _w.Line("c->uwcache_kernel.state = uwcache_uninitialized;");
            _w.Directive("  #endif");
            _w.Directive("  #if defined(STAP_NEED_CONTEXT_RETURNVAL)");
            _w.Line("c->returnval_override_p = 0;");
            _w.Line("c->returnval_override = 0;");
            _w.Directive("  #endif");
            beforeCall?.Invoke();
            _w.Line("(*" + probe + "->ph) (c);");
            afterCall?.Invoke();
            if (pollRefresh)
            {
                _w.Line("if (atomic_cmpxchg(&need_module_refresh, 1, 0) == 1)");
                _w.Line("  schedule_work(&module_refresher_work);");
            }
            WriteTimingAccounting(timing, overload);
            _w.Line("c->probe_point = 0;");
            _w.Directive("  #ifdef STP_NEED_PROBE_NAME");
            _w.Line("c->probe_name = 0;");
            _w.Directive("  #endif");
            _w.Line("c->probe_type = 0;");
            _w.OpenBlock("if (unlikely (c->last_error))");
            _w.Line("if (c->last_stmt != NULL)");
            _w.Line("  _stp_softerror (\"%s near %s\", c->last_error, c->last_stmt);");
            _w.Line("else");
            _w.Line("  _stp_softerror (\"%s\", c->last_error);");
            _w.Line("atomic_inc (error_count());");
            _w.OpenBlock("if (atomic_read (error_count()) > MAXERRORS)");
            _w.Line("atomic_set (session_state(), STAP_SESSION_ERROR);");
            _w.Line("_stp_exit ();");
            _w.CloseBlock();
            _w.CloseBlock();
            _w.Label("probe_epilogue");
            _w.OpenBlock("if (unlikely (atomic_read (skipped_count()) > MAXSKIPPED))");
            _w.Line("if (unlikely (pseudo_atomic_cmpxchg(session_state(), STAP_SESSION_RUNNING, STAP_SESSION_ERROR) == STAP_SESSION_RUNNING))");
            _w.Line("  _stp_error (\"Skipped too many probes, check MAXSKIPPED or try again with stap -t for more details.\");");
            _w.CloseBlock();
            _w.Line("_stp_runtime_entryfn_put_context(c);");
            _w.Directive("  #if !INTERRUPTIBLE");
            _w.Line("local_irq_restore (flags);");
            _w.Directive("  #endif");
            _w.Directive("  #endif // STP_ALIBI");
        }

        private void WriteTimingAccounting(string timing, bool overload)
        {
            _w.Directive(timing);
            _w.OpenBlock();
            _w.Line("cycles_t cycles_atend = get_cycles ();");
            _w.Line("int32_t cycles_elapsed = ((int32_t)cycles_atend > (int32_t)cycles_atstart)");
            _w.Line("  ? ((int32_t)cycles_atend - (int32_t)cycles_atstart)");
            _w.Line("  : (~(int32_t)0) - (int32_t)cycles_atstart + (int32_t)cycles_atend + 1;");
            _w.Directive("  #ifdef STP_TIMING");
            _w.Line("if (likely (stat)) _stp_stat_add(stat, cycles_elapsed, 1, 1, 1, 1, 0);");
            _w.Directive("  #endif");
            if (overload)
                WriteOverloadCheck();
            _w.CloseBlock();
            _w.Directive("  #endif");
        }

        private void WriteOverloadCheck()
        {
            _w.Directive("  #ifdef STP_OVERLOAD");
            _w.OpenBlock();
            _w.Line("cycles_t interval = (cycles_atend > c->cycles_base) ? (cycles_atend - c->cycles_base) : (STP_OVERLOAD_INTERVAL + 1);");
            _w.Line("c->cycles_sum += cycles_elapsed;");
            _w.OpenBlock("if (interval > STP_OVERLOAD_INTERVAL)");
            _w.OpenBlock("if (c->cycles_sum > STP_OVERLOAD_THRESHOLD)");
            _w.Line("_stp_error (\"probe overhead (%lld cycles) exceeded threshold (%lld cycles) in last %lld cycles\", (long long) c->cycles_sum, STP_OVERLOAD_THRESHOLD, STP_OVERLOAD_INTERVAL);");
            _w.Line("atomic_set (session_state(), STAP_SESSION_ERROR);");
            _w.Line("atomic_inc (error_count());");
            _w.CloseBlock();
            _w.Line("c->cycles_base = cycles_atend;");
            _w.Line("c->cycles_sum = 0;");
            _w.CloseBlock();
            _w.CloseBlock();
            _w.Directive("  #endif");
        }
    }
}
