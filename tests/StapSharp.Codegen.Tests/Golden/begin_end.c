#define STAP_MSG_RUNTIME_H_01 "myproc-unprivileged tapset function called without is_myproc checking for pid %d (euid %d)"
#define STAP_MSG_LOC2C_01 "read fault [man error::fault] at 0x%lx"
#define STAP_MSG_LOC2C_02 "write fault [man error::fault] at 0x%lx"
#define STAP_MSG_LOC2C_03 "divide by zero in DWARF operand (%s)"
#define STAP_MSG_LOC2C_04 "register access fault [man error::fault]"
#define STAP_VERSION(a, b) ( ((a) << 8) + (b) )
#ifndef STAP_COMPAT_VERSION
#define STAP_COMPAT_VERSION STAP_VERSION(4, 8)
#endif
#pragma GCC diagnostic ignored "-Wtautological-compare"
#include "runtime_defines.h"
#include "linux/perf_read.h"
#define STP_PR_STAPUSR 0x2
#define STP_PR_STAPSYS 0x4
#define STP_PR_STAPDEV 0x8
#define STP_PRIVILEGE 0x8
int stp_required_privilege __attribute__ ((section (".stap_privilege"))) = STP_PRIVILEGE;
#include "stap_common.h"
static void systemtap_module_refresh (const char* modname);
#undef STAPCONF_UTRACE_VIA_TRACEPOINTS
#include "runtime.h"
#include <linux/mutex.h>
static DEFINE_MUTEX(module_refresh_mutex);
#include <linux/version.h>
#if LINUX_VERSION_CODE >= KERNEL_VERSION(2,6,17)
#define STP_ON_THE_FLY_TIMER_ENABLE
#endif

struct context {
  #include "common_probe_context.h"
  union {
    struct probe_0_locals {
      int64_t __tmp0;
      int64_t __tmp1;
      string_t __tmp2;
      string_t __tmp3;
    } probe_0;
    struct probe_1_locals {
      int64_t __tmp0;
      int64_t __tmp1;
      string_t __tmp2;
    } probe_1;
  } probe_locals;
  union {
  } locals [MAXNESTING+1];
  #if MAXNESTING < 0
  #error "MAXNESTING must be positive"
  #endif
};

#include "runtime_context.h"
static atomic_t need_module_refresh = ATOMIC_INIT(0);
#include <linux/workqueue.h>
static struct work_struct module_refresher_work;
static void module_refresher(struct work_struct *work) {
  systemtap_module_refresh(NULL);
}
#ifdef STP_ON_THE_FLY_TIMER_ENABLE
#include "timer.h"
static struct hrtimer module_refresh_timer;
#ifndef STP_ON_THE_FLY_INTERVAL
#define STP_ON_THE_FLY_INTERVAL (100*1000*1000)
#endif
static hrtimer_return_t module_refresh_timer_cb(struct hrtimer *timer) {
  if (atomic_cmpxchg(&need_module_refresh, 1, 0) == 1)
    schedule_work(&module_refresher_work);
  hrtimer_set_expires(timer, ktime_add(hrtimer_get_expires(timer), ktime_set(0, STP_ON_THE_FLY_INTERVAL)));
  return HRTIMER_RESTART;
}
#endif /* STP_ON_THE_FLY_TIMER_ENABLE */
#include "namespaces.h"

struct stp_globals {
  int64_t s___global_count;
  stp_rwlock_t s___global_count_lock;
  #ifdef STP_TIMING
  atomic_t s___global_count_lock_skip_count;
  atomic_t s___global_count_lock_contention_count;
  #endif
  string_t s___global_greeting;
  stp_rwlock_t s___global_greeting_lock;
  #ifdef STP_TIMING
  atomic_t s___global_greeting_lock_skip_count;
  atomic_t s___global_greeting_lock_contention_count;
  #endif
  int64_t s___global_total;
  stp_rwlock_t s___global_total_lock;
  #ifdef STP_TIMING
  atomic_t s___global_total_lock_skip_count;
  atomic_t s___global_total_lock_contention_count;
  #endif
};

static struct stp_globals stp_global = {
  .s___global_count = ((int64_t)40LL),
};

#include "common_session_state.h"
#include "probe_lock.h"
#ifdef STAP_NEED_GETTIMEOFDAY
#include "time.c"
#endif

struct stap_probe {
  const size_t index;
  void (* const ph) (struct context*);
  unsigned cond_enabled:1;
  #if defined(STP_TIMING) || defined(STP_ALIBI)
  const char location[15];
  const char derivation[13];
  #define STAP_PROBE_INIT_TIMING(L, D) .location=(L), .derivation=(D),
  #else
  #define STAP_PROBE_INIT_TIMING(L, D)
  #endif
  const char pp[6];
  #ifdef STP_NEED_PROBE_NAME
  const char pn[6];
  #define STAP_PROBE_INIT_NAME(PN) .pn=(PN),
  #else
  #define STAP_PROBE_INIT_NAME(PN)
  #endif
  #define STAP_PROBE_INIT(I, PH, PP, PN, L, D) { .index=(I), .ph=(PH), .cond_enabled=1, .pp=(PP), STAP_PROBE_INIT_NAME(PN) STAP_PROBE_INIT_TIMING(L, D) }
} static stap_probes[];

static void probe_0 (struct context * __restrict__ c) {
  struct probe_0_locals * __restrict__ l = & c->probe_locals.probe_0;
  (void) l;
  if (c->actionremaining < 4) { c->last_error = "MAXACTION exceeded"; goto out; }
  {
    /* stap: sample.stp:2:15 */
    global(s___global_count) = ((int64_t)((uint64_t)(global(s___global_count)) + (uint64_t)(((int64_t)2LL))));
    /* stap: sample.stp:2:33 */
    l->__tmp0 = ((int64_t)2LL);
    if (unlikely (!l->__tmp0)) {
      c->last_error = "division by 0";
      c->last_stmt = "operator '/' at sample.stp:2:50";
      goto out;
    }
    l->__tmp1 = _stp_div64 (NULL, ((int64_t)6LL), l->__tmp0);
    global(s___global_total) = ((int64_t)((uint64_t)(((int64_t)((uint64_t)(global(s___global_count)) * (uint64_t)(((int64_t)3LL))))) - (uint64_t)(l->__tmp1)));
    /* stap: sample.stp:2:58 */
    strlcpy (l->__tmp2, global(s___global_greeting), MAXSTRINGLEN);
    strlcat (l->__tmp2, ", ", MAXSTRINGLEN);
    strlcpy (l->__tmp3, l->__tmp2, MAXSTRINGLEN);
    strlcat (l->__tmp3, "world", MAXSTRINGLEN);
    strlcpy (global(s___global_greeting), l->__tmp3, MAXSTRINGLEN);
    /* stap: sample.stp:2:100 */
    _stp_printf ("begin %lld %s\n", (int64_t) (global(s___global_count)), global(s___global_greeting));
  }
out: ;
  _stp_print_flush();
}

static void probe_1 (struct context * __restrict__ c) {
  struct probe_1_locals * __restrict__ l = & c->probe_locals.probe_1;
  (void) l;
  if (c->actionremaining < 1) { c->last_error = "MAXACTION exceeded"; goto out; }
  {
    /* stap: sample.stp:3:13 */
    l->__tmp0 = ((int64_t)5LL);
    if (unlikely (!l->__tmp0)) {
      c->last_error = "division by 0";
      goto out;
    }
    l->__tmp1 = _stp_mod64 (NULL, global(s___global_count), l->__tmp0);
    strlcpy (l->__tmp2, global(s___global_greeting), MAXSTRINGLEN);
    strlcat (l->__tmp2, "!", MAXSTRINGLEN);
    _stp_printf ("end %lld %lld %s\n", (int64_t) (global(s___global_total)), (int64_t) (l->__tmp1), l->__tmp2);
  }
out: ;
  _stp_print_flush();
}

static struct stap_probe stap_probes[] = {
  STAP_PROBE_INIT(0, &probe_0, "begin", "begin", "sample.stp:2:7", " from: begin"),
  STAP_PROBE_INIT(1, &probe_1, "end", "end", "sample.stp:3:7", " from: end"),
};

/* ---- begin/end/error probes ---- */
static struct stap_be_probe {
  const struct stap_probe * const probe;
  int state, type;
} stap_be_probes[] = {
  { .probe=(&stap_probes[0]), .state=STAP_SESSION_STARTING, .type=0 },
  { .probe=(&stap_probes[1]), .state=STAP_SESSION_STOPPING, .type=1 },
};
static void enter_be_probe (struct stap_be_probe *stp) {
  #ifdef STP_ALIBI
  atomic_inc(probe_alibi(stp->probe->index));
  #else
  struct context* __restrict__ c = NULL;
  #if !INTERRUPTIBLE
  unsigned long flags;
  #endif
  #ifdef STP_TIMING
  Stat stat = probe_timing(stp->probe->index);
  #endif
  #if defined(STP_TIMING)
  cycles_t cycles_atstart = get_cycles ();
  #endif
  #if !INTERRUPTIBLE
  local_irq_save (flags);
  #endif
  if (unlikely ((((unsigned long) (& c)) & (THREAD_SIZE-1)) < (MINSTACKSPACE + sizeof (struct thread_info)))) {
    atomic_inc (skipped_count());
  #ifdef STP_TIMING
    atomic_inc (skipped_count_lowstack());
  #endif
    goto probe_epilogue;
  }
  if (atomic_read (session_state()) != stp->state)
    goto probe_epilogue;
  c = _stp_runtime_entryfn_get_context();
  if (!c) {
  #if !INTERRUPTIBLE
    atomic_inc (skipped_count());
  #endif
  #ifdef STP_TIMING
    atomic_inc (skipped_count_reentrant());
  #endif
    goto probe_epilogue;
  }
  c->aborted = 0;
  c->locked = 0;
  c->last_stmt = 0;
  c->last_error = 0;
  c->nesting = -1;
  c->uregs = 0;
  c->kregs = 0;
  c->sregs = 0;
  c->probe_point = stp->probe->pp;
  #ifdef STP_NEED_PROBE_NAME
  c->probe_name = stp->probe->pn;
  #endif
  c->probe_type = stp_probe_type_been;
  memset(&c->ips, 0, sizeof(c->ips));
  c->user_mode_p = 0; c->full_uregs_p = 0;
  #ifdef STAP_NEED_REGPARM
  c->regparm = 0;
  #endif
  #if INTERRUPTIBLE
  c->actionremaining = MAXACTION_INTERRUPTIBLE;
  #else
  c->actionremaining = MAXACTION;
  #endif
  #if defined(STP_NEED_UNWIND_DATA)
  c->uwcache_user.state = uwcache_uninitialized;
  c->uwcache_kernel.state = uwcache_uninitialized;
  #endif
  #if defined(STAP_NEED_CONTEXT_RETURNVAL)
  c->returnval_override_p = 0;
  c->returnval_override = 0;
  #endif
  (*stp->probe->ph) (c);
  #if defined(STP_TIMING)
  {
    cycles_t cycles_atend = get_cycles ();
    int32_t cycles_elapsed = ((int32_t)cycles_atend > (int32_t)cycles_atstart)
      ? ((int32_t)cycles_atend - (int32_t)cycles_atstart)
      : (~(int32_t)0) - (int32_t)cycles_atstart + (int32_t)cycles_atend + 1;
  #ifdef STP_TIMING
    if (likely (stat)) _stp_stat_add(stat, cycles_elapsed, 1, 1, 1, 1, 0);
  #endif
  }
  #endif
  c->probe_point = 0;
  #ifdef STP_NEED_PROBE_NAME
  c->probe_name = 0;
  #endif
  c->probe_type = 0;
  if (unlikely (c->last_error)) {
    if (c->last_stmt != NULL)
      _stp_softerror ("%s near %s", c->last_error, c->last_stmt);
    else
      _stp_softerror ("%s", c->last_error);
    atomic_inc (error_count());
    if (atomic_read (error_count()) > MAXERRORS) {
      atomic_set (session_state(), STAP_SESSION_ERROR);
      _stp_exit ();
    }
  }
probe_epilogue: ;
  if (unlikely (atomic_read (skipped_count()) > MAXSKIPPED)) {
    if (unlikely (pseudo_atomic_cmpxchg(session_state(), STAP_SESSION_RUNNING, STAP_SESSION_ERROR) == STAP_SESSION_RUNNING))
      _stp_error ("Skipped too many probes, check MAXSKIPPED or try again with stap -t for more details.");
  }
  _stp_runtime_entryfn_put_context(c);
  #if !INTERRUPTIBLE
  local_irq_restore (flags);
  #endif
  #endif // STP_ALIBI
}

#ifdef STAP_NEED_TRACEPOINTS
#include "linux/stp_tracepoint.c"
#endif

static int systemtap_module_init (void) {
  int rc = 0;
  int i=0, j=0;
  const char *probe_point = "";
  (void) probe_point; (void) i; (void) j;
  might_sleep();
  rc = _stp_handle_kallsyms_lookups();
  if (rc) goto out;
  if (_stp_module_check()) rc = -EINVAL;
  if (_stp_privilege_credentials == 0) {
    _stp_privilege_credentials = STP_PRIVILEGE;
  }
  else if (! STP_PRIVILEGE_CONTAINS(_stp_privilege_credentials, STP_PRIVILEGE)) {
    _stp_error ("Your privilege credentials (%s) are insufficient to run this module (%s required).", privilege_to_text(_stp_privilege_credentials), privilege_to_text(STP_PRIVILEGE));
    rc = -EINVAL;
  }
  if (rc) goto out;
  rc = stp_session_init();
  if (rc) {
    _stp_error ("couldn't initialize the main session (rc %d)", rc);
    goto out;
  }
  if (atomic_cmpxchg(session_state(), STAP_SESSION_UNINITIALIZED, STAP_SESSION_STARTING) != STAP_SESSION_UNINITIALIZED) {
    _stp_error ("session has already been initialized");
    return -EALREADY;
  }
  #ifdef STAP_NEED_GETTIMEOFDAY
  rc = _stp_init_time();
  if (rc) {
    _stp_error ("couldn't initialize gettimeofday");
    goto out;
  }
  #endif
  rc = _stp_runtime_contexts_alloc();
  if (rc != 0) goto out;
  if (rc) {
    _stp_error ("global variable 'count' allocation failed");
    goto out;
  }
  global_lock_init(s___global_count);
  #ifdef STP_TIMING
  atomic_set(global_skipped(s___global_count), 0);
  atomic_set(global_contended(s___global_count), 0);
  #endif
  if (rc) {
    _stp_error ("global variable 'greeting' allocation failed");
    goto out;
  }
  strlcpy (global(s___global_greeting), "hello", MAXSTRINGLEN);
  global_lock_init(s___global_greeting);
  #ifdef STP_TIMING
  atomic_set(global_skipped(s___global_greeting), 0);
  atomic_set(global_contended(s___global_greeting), 0);
  #endif
  if (rc) {
    _stp_error ("global variable 'total' allocation failed");
    goto out;
  }
  global_lock_init(s___global_total);
  #ifdef STP_TIMING
  atomic_set(global_skipped(s___global_total), 0);
  atomic_set(global_contended(s___global_total), 0);
  #endif
  _stp_print_kernel_info("<input>", "4.8/0.188", (num_online_cpus() * sizeof(struct context)), 2);
  INIT_WORK(&module_refresher_work, module_refresher);
  for (i=0; i<2; i++) {
    struct stap_be_probe* stp = & stap_be_probes [i];
    if (stp->type == 0)
      enter_be_probe (stp);
  }
  if (rc) {
    if (probe_point)
      _stp_error ("probe %s registration error [man warning::pass5] (rc %d)", probe_point, rc);
    atomic_set (session_state(), STAP_SESSION_ERROR);
    goto out;
  }
  atomic_cmpxchg(session_state(), STAP_SESSION_STARTING, STAP_SESSION_RUNNING);
  #ifdef STP_ON_THE_FLY_TIMER_ENABLE
  hrtimer_init(&module_refresh_timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
  module_refresh_timer.function = &module_refresh_timer_cb;
  #endif
  return 0;
out: ;
  atomic_set (session_state(), STAP_SESSION_STOPPED);
  stp_synchronize_sched();
  #ifdef STAP_NEED_GETTIMEOFDAY
  _stp_kill_time();
  #endif
  _stp_runtime_contexts_free();
  stp_session_exit();
  return rc;
}

static void systemtap_module_refresh (const char *modname) {
  int state;
  int i=0;
  (void) i;
  mutex_lock(&module_refresh_mutex);
  state = atomic_read (session_state());
  if (state != STAP_SESSION_RUNNING && state != STAP_SESSION_STARTING) {
    mutex_unlock(&module_refresh_mutex);
    return;
  }
  mutex_unlock(&module_refresh_mutex);
}

static void systemtap_module_exit (void) {
  int i=0;
  (void) i;
  if (atomic_read (session_state()) == STAP_SESSION_STARTING)
    return;
  if (atomic_read (session_state()) == STAP_SESSION_RUNNING)
    atomic_set (session_state(), STAP_SESSION_STOPPING);
  #ifdef STP_ON_THE_FLY_TIMER_ENABLE
  hrtimer_cancel(&module_refresh_timer);
  #endif
  stp_synchronize_sched();
  mutex_lock(&module_refresh_mutex);
  for (i=0; i<2; i++) {
    struct stap_be_probe* stp = & stap_be_probes [i];
    if (stp->type == 1)
      enter_be_probe (stp);
  }
  for (i=0; i<2; i++) {
    struct stap_be_probe* stp = & stap_be_probes [i];
    if (stp->type == 2)
      enter_be_probe (stp);
  }
  mutex_unlock(&module_refresh_mutex);
  stp_synchronize_sched();
  _stp_runtime_context_wait();
  atomic_set (session_state(), STAP_SESSION_STOPPED);
  stp_synchronize_sched();
  _stp_runtime_contexts_free();
  #ifdef STAP_NEED_GETTIMEOFDAY
  _stp_kill_time();
  #endif
  preempt_disable();
  if (atomic_read (skipped_count()) || atomic_read (error_count()) || atomic_read (skipped_count_reentrant())) {
    _stp_warn ("Number of errors: %d, skipped probes: %d\n", (int) atomic_read (error_count()), (int) atomic_read (skipped_count()));
    _stp_print_flush();
  }
  preempt_enable_no_resched();
}

static int systemtap_kernel_module_init (void) {
  return 0;
}

static void systemtap_kernel_module_exit (void) {
}

MODULE_DESCRIPTION("systemtap-generated probe");
MODULE_LICENSE("GPL");
