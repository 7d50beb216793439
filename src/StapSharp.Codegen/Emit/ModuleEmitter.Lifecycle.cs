using System.Linq;

namespace StapSharp.Codegen
{
    internal sealed partial class ModuleEmitter
    {
        private int SessionProbeCount => _probes.Count(p => p.IsSession);

        private int TimerProbeCount => TimerProbes.Count();

        private int JiffiesProbeCount => JiffiesProbes.Count();

        /// <summary>systemtap_module_init: runs when staprun starts the session, after the transport is up.</summary>
        private void WriteModuleInit()
        {
            _w.OpenBlock("static int systemtap_module_init (void)");
            _w.Line("int rc = 0;");
            _w.Line("int i=0, j=0;");
            _w.Line("const char *probe_point = \"\";");
            _w.Line("(void) probe_point; (void) i; (void) j;");
            _w.Line("might_sleep();");
            _w.Line("rc = _stp_handle_kallsyms_lookups();");
            _w.Line("if (rc) goto out;");
            _w.Line("if (_stp_module_check()) rc = -EINVAL;");
            _w.OpenBlock("if (_stp_privilege_credentials == 0)");
            _w.Line("_stp_privilege_credentials = STP_PRIVILEGE;");
            _w.CloseBlock();
            _w.OpenBlock("else if (! STP_PRIVILEGE_CONTAINS(_stp_privilege_credentials, STP_PRIVILEGE))");
            _w.Line("_stp_error (\"Your privilege credentials (%s) are insufficient to run this module (%s required).\", privilege_to_text(_stp_privilege_credentials), privilege_to_text(STP_PRIVILEGE));");
            _w.Line("rc = -EINVAL;");
            _w.CloseBlock();
            _w.Line("if (rc) goto out;");
            _w.Line("rc = stp_session_init();");
            _w.OpenBlock("if (rc)");
            _w.Line("_stp_error (\"couldn't initialize the main session (rc %d)\", rc);");
            _w.Line("goto out;");
            _w.CloseBlock();
            _w.OpenBlock("if (atomic_cmpxchg(session_state(), STAP_SESSION_UNINITIALIZED, STAP_SESSION_STARTING) != STAP_SESSION_UNINITIALIZED)");
            _w.Line("_stp_error (\"session has already been initialized\");");
            _w.Line("return -EALREADY;");
            _w.CloseBlock();
            _w.Directive("  #ifdef STAP_NEED_GETTIMEOFDAY");
            _w.Line("rc = _stp_init_time();");
            _w.OpenBlock("if (rc)");
            _w.Line("_stp_error (\"couldn't initialize gettimeofday\");");
            _w.Line("goto out;");
            _w.CloseBlock();
            _w.Directive("  #endif");
            _w.Line("rc = _stp_runtime_contexts_alloc();");
            _w.Line("if (rc != 0) goto out;");
            WriteGlobalAllocation();
            _w.Line("_stp_print_kernel_info(" + CStringLiteral.Quote(Module.ScriptName) + ", \"4.8/0.188\", (num_online_cpus() * sizeof(struct context)), "
                + Number(_probes.Count) + ");");
            _w.Line("INIT_WORK(&module_refresher_work, module_refresher);");
            var groups = RegisteredGroups().ToList();
            for (int k = 0; k < groups.Count; k++)
            {
                groups[k].Register();
                // A failed group undoes the ones before it, newest first; undoing begin/end/error runs the end and error probes.
                _w.OpenBlock("if (rc)");
                _w.Line("if (probe_point)");
                _w.Line("  _stp_error (\"probe %s registration error [man warning::pass5] (rc %d)\", probe_point, rc);");
                _w.Line("atomic_set (session_state(), STAP_SESSION_ERROR);");
                for (int j = k - 1; j >= 0; j--)
                    groups[j].Unregister();
                _w.Line("goto out;");
                _w.CloseBlock();
            }
            _w.Line("atomic_cmpxchg(session_state(), STAP_SESSION_STARTING, STAP_SESSION_RUNNING);");
            _w.Directive("  #ifdef STP_ON_THE_FLY_TIMER_ENABLE");
            _w.Line("hrtimer_init(&module_refresh_timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);");
            _w.Line("module_refresh_timer.function = &module_refresh_timer_cb;");
            _w.Directive("  #endif");
            _w.Line("return 0;");
            _w.Label("out");
            WriteGlobalRelease();
            _w.Line("atomic_set (session_state(), STAP_SESSION_STOPPED);");
            _w.Line("stp_synchronize_sched();");
            _w.Directive("  #ifdef STAP_NEED_GETTIMEOFDAY");
            _w.Line("_stp_kill_time();");
            _w.Directive("  #endif");
            _w.Line("_stp_runtime_contexts_free();");
            _w.Line("stp_session_exit();");
            _w.Line("return rc;");
            _w.CloseBlock();
            _w.Line();
        }

        private void WriteTimerRegistration()
        {
            string count = Number(TimerProbeCount);
            _w.Line("_stp_hrtimer_init();");
            _w.OpenBlock("for (i=0; i<" + count + "; i++)");
            _w.Line("struct stap_hrtimer_probe* stp = & stap_hrtimer_probes [i];");
            _w.Line("probe_point = stp->probe->pp;");
            _w.Line("rc = _stp_hrtimer_create(stp, _stp_hrtimer_notify_function);");
            _w.Line("if (!rc && stp->probe->cond_enabled)");
            _w.Line("  rc = _stp_hrtimer_start(stp);");
            _w.OpenBlock("if (rc)");
            // Undo the timers that did start, newest first.
            _w.OpenBlock("for (j=i-1; j>=0; j--)");
            _w.Line("_stp_hrtimer_cancel(& stap_hrtimer_probes[j]);");
            _w.Line("stap_hrtimer_probes[j].enabled = 0;");
            _w.CloseBlock();
            _w.Line("break;");
            _w.CloseBlock();
            _w.Line("stp->enabled = stp->probe->cond_enabled;");
            _w.CloseBlock();
        }

        private void WriteModuleRefresh()
        {
            _w.OpenBlock("static void systemtap_module_refresh (const char *modname)");
            _w.Line("int state;");
            _w.Line("int i=0;");
            _w.Line("(void) i;");
            _w.Line("mutex_lock(&module_refresh_mutex);");
            _w.Line("state = atomic_read (session_state());");
            _w.OpenBlock("if (state != STAP_SESSION_RUNNING && state != STAP_SESSION_STARTING)");
            _w.Line("mutex_unlock(&module_refresh_mutex);");
            _w.Line("return;");
            _w.CloseBlock();
            if (TimerProbeCount > 0)
            {
                _w.OpenBlock("for (i=0; i<" + Number(TimerProbeCount) + "; i++)");
                _w.Line("struct stap_hrtimer_probe* stp = &stap_hrtimer_probes[i];");
                _w.Line("if (!stp->enabled && stp->probe->cond_enabled)");
                _w.Line("  _stp_hrtimer_start(stp);");
                _w.Line("else if (stp->enabled && !stp->probe->cond_enabled)");
                _w.Line("  _stp_hrtimer_cancel(stp);");
                _w.Line("stp->enabled = stp->probe->cond_enabled;");
                _w.CloseBlock();
            }
            _w.Line("mutex_unlock(&module_refresh_mutex);");
            _w.CloseBlock();
            _w.Line();
        }

        /// <summary>systemtap_module_exit: unregisters the probes, runs end then error probes, frees everything.</summary>
        private void WriteModuleExit()
        {
            _w.OpenBlock("static void systemtap_module_exit (void)");
            _w.Line("int i=0;");
            _w.Line("(void) i;");
            _w.Line("if (atomic_read (session_state()) == STAP_SESSION_STARTING)");
            _w.Line("  return;");
            _w.Line("if (atomic_read (session_state()) == STAP_SESSION_RUNNING)");
            _w.Line("  atomic_set (session_state(), STAP_SESSION_STOPPING);");
            _w.Directive("  #ifdef STP_ON_THE_FLY_TIMER_ENABLE");
            _w.Line("hrtimer_cancel(&module_refresh_timer);");
            _w.Directive("  #endif");
            _w.Line("stp_synchronize_sched();");
            _w.Line("mutex_lock(&module_refresh_mutex);");
            foreach (ProbeGroup group in RegisteredGroups().Reverse())
                group.Unregister();
            _w.Line("mutex_unlock(&module_refresh_mutex);");
            _w.Line("stp_synchronize_sched();");
            _w.Line("_stp_runtime_context_wait();");
            _w.Line("atomic_set (session_state(), STAP_SESSION_STOPPED);");
            _w.Line("stp_synchronize_sched();");
            WriteGlobalRelease();
            _w.Line("_stp_runtime_contexts_free();");
            _w.Directive("  #ifdef STAP_NEED_GETTIMEOFDAY");
            _w.Line("_stp_kill_time();");
            _w.Directive("  #endif");
            _w.Line("preempt_disable();");
            _w.OpenBlock("if (atomic_read (skipped_count()) || atomic_read (error_count()) || atomic_read (skipped_count_reentrant()))");
            _w.Line("_stp_warn (\"Number of errors: %d, skipped probes: %d\\n\", (int) atomic_read (error_count()), (int) atomic_read (skipped_count()));");
            _w.Line("_stp_print_flush();");
            _w.CloseBlock();
            _w.Line("preempt_enable_no_resched();");
            _w.CloseBlock();
            _w.Line();
        }

        private void WriteKernelModuleInitExit()
        {
            _w.OpenBlock("static int systemtap_kernel_module_init (void)");
            _w.Line("return 0;");
            _w.CloseBlock();
            _w.Line();
            _w.OpenBlock("static void systemtap_kernel_module_exit (void)");
            _w.CloseBlock();
            _w.Line();
        }
    }
}
