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
      string_t l_k;
      string_t l_msg;
      int64_t l_zero;
      int64_t l_x;
      int64_t l_i;
      int64_t __tmp0;
      struct map_node * __tmp1;
      int64_t __tmp2;
      int64_t __tmp3;
      int64_t __tmp4;
      int64_t __tmp5;
      string_t __tmp6;
      int64_t __tmp7;
      int64_t __tmp8;
      stat_data * __tmp9;
      int64_t __tmp10;
      stat_data * __tmp11;
      int64_t __tmp12;
      stat_data * __tmp13;
      int64_t __tmp14;
      stat_data * __tmp15;
      int64_t __tmp16;
      stat_data * __tmp17;
      int64_t __tmp18;
      int64_t __tmp19;
    } probe_0;
  } probe_locals;
  union {
    struct function___global_fact__overload_0_locals {
      int64_t l_n;
      int64_t __tmp0;
      int64_t __tmp1;
      int64_t __retvalue;
    } function___global_fact__overload_0;
    struct function___global_greet__overload_0_locals {
      const char * l_name;
      int64_t l_times;
      string_t l_s;
      int64_t l_i;
      string_t __tmp0;
      char * __retvalue;
    } function___global_greet__overload_0;
  } locals [MAXNESTING+1];
  #if MAXNESTING < 0
  #error "MAXNESTING must be positive"
  #endif
};

#include "runtime_context.h"
#include "alloc.c"
#define VALUE_TYPE INT64
#define KEY1_TYPE STRING
#include "map-gen.c"
#undef MAP_DO_PMAP
#undef VALUE_TYPE
#undef KEY1_TYPE
#include "map.c"
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
  MAP s___global_counts;
  stp_rwlock_t s___global_counts_lock;
  #ifdef STP_TIMING
  atomic_t s___global_counts_lock_skip_count;
  atomic_t s___global_counts_lock_contention_count;
  #endif
  Stat s___global_lat;
  stp_rwlock_t s___global_lat_lock;
  #ifdef STP_TIMING
  atomic_t s___global_lat_lock_skip_count;
  atomic_t s___global_lat_lock_contention_count;
  #endif
};

static struct stp_globals stp_global = {
};

#include "common_session_state.h"
#include "probe_lock.h"
#ifdef STAP_NEED_GETTIMEOFDAY
#include "time.c"
#endif

static void function___global_fact__overload_0 (struct context * __restrict__ c);
static void function___global_greet__overload_0 (struct context * __restrict__ c);

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
  l->l_k[0] = '\0';
  l->l_msg[0] = '\0';
  l->l_zero = 0;
  l->l_x = 0;
  l->l_i = 0;
  if (c->actionremaining < 21) { c->last_error = "MAXACTION exceeded"; goto out; }
  {
    {
      int rc = _stp_map_set_si (global(s___global_counts), "a", ((int64_t)3LL));
      if (unlikely (rc)) {
        c->last_error = "Array overflow, check size limit (16)";
        goto out;
      }
    }
    {
      int rc = _stp_map_set_si (global(s___global_counts), "b", ((int64_t)1LL));
      if (unlikely (rc)) {
        c->last_error = "Array overflow, check size limit (16)";
        goto out;
      }
    }
    {
      int rc = _stp_map_set_si (global(s___global_counts), "c", ((int64_t)2LL));
      if (unlikely (rc)) {
        c->last_error = "Array overflow, check size limit (16)";
        goto out;
      }
    }
    _stp_map_sortn_si (global(s___global_counts), ((int64_t)2LL), 0, 1);
    l->__tmp0 = 0;
    l->__tmp1 = _stp_map_start (global(s___global_counts));
    top_0: ;
    if (! (l->__tmp1)) goto break_0;
    if (l->__tmp0++ >= ((int64_t)2LL)) goto break_0;
    strlcpy (l->l_k, (_stp_map_key_get_str_si (l->__tmp1, 1) ?: ""), MAXSTRINGLEN);
    {
      l->__tmp2 = _stp_map_get_si (global(s___global_counts), l->l_k);
      _stp_printf ("%s=%lld\n", l->l_k, (int64_t) (l->__tmp2));
    }
    c->actionremaining -= 1;
    if (unlikely (c->actionremaining <= 0)) {
      c->last_error = "MAXACTION exceeded";
      goto out;
    }
    continue_0: ;
    l->__tmp1 = _stp_map_iter (global(s___global_counts), l->__tmp1);
    goto top_0;
    break_0: ;
    l->__tmp3 = ((int64_t)10LL);
    c->locals[c->nesting+1].function___global_fact__overload_0.l_n = l->__tmp3;
    function___global_fact__overload_0 (c);
    if (unlikely (c->next)) {
      c->next = 0;
      c->last_error = "all functions exhausted";
      goto out;
    }
    if (unlikely (c->last_error || c->aborted)) goto out;
    l->__tmp4 = c->locals[c->nesting+1].function___global_fact__overload_0.__retvalue;
    l->__tmp5 = ((int64_t)3LL);
    c->locals[c->nesting+1].function___global_greet__overload_0.l_name = "ab";
    c->locals[c->nesting+1].function___global_greet__overload_0.l_times = l->__tmp5;
    c->locals[c->nesting+1].function___global_greet__overload_0.__retvalue = &l->__tmp6[0];
    function___global_greet__overload_0 (c);
    if (unlikely (c->next)) {
      c->next = 0;
      c->last_error = "all functions exhausted";
      goto out;
    }
    if (unlikely (c->last_error || c->aborted)) goto out;
    l->__tmp7 = _stp_map_exists_si (global(s___global_counts), "b");
    _stp_printf ("%lld %s %lld\n", (int64_t) (l->__tmp4), l->__tmp6, (int64_t) (l->__tmp7));
    _stp_map_del_si (global(s___global_counts), "b");
    l->__tmp8 = _stp_map_exists_si (global(s___global_counts), "b");
    _stp_printf ("%lld\n", (int64_t) (l->__tmp8));
    _stp_stat_add (global(s___global_lat), ((int64_t)3LL), 34, 36, 8, 16, 0);
    _stp_stat_add (global(s___global_lat), ((int64_t)5LL), 34, 36, 8, 16, 0);
    l->__tmp9 = _stp_stat_get (global(s___global_lat), 0);
    l->__tmp10 = (unlikely (l->__tmp9 == NULL)) ? 0 : l->__tmp9->count;
    l->__tmp11 = _stp_stat_get (global(s___global_lat), 0);
    l->__tmp12 = (unlikely (l->__tmp11 == NULL)) ? 0 : l->__tmp11->sum;
    l->__tmp13 = _stp_stat_get (global(s___global_lat), 0);
    if (unlikely (l->__tmp13 == NULL || l->__tmp13->count == 0)) {
      c->last_error = "empty aggregate";
      goto out;
    }
    l->__tmp14 = l->__tmp13->min;
    l->__tmp15 = _stp_stat_get (global(s___global_lat), 0);
    if (unlikely (l->__tmp15 == NULL || l->__tmp15->count == 0)) {
      c->last_error = "empty aggregate";
      goto out;
    }
    l->__tmp16 = l->__tmp15->max;
    l->__tmp17 = _stp_stat_get (global(s___global_lat), 0);
    if (unlikely (l->__tmp17 == NULL || l->__tmp17->count == 0)) {
      c->last_error = "empty aggregate";
      goto out;
    }
    l->__tmp18 = _stp_div64 (NULL, l->__tmp17->sum, l->__tmp17->count);
    _stp_printf ("%lld %lld %lld %lld %lld\n", (int64_t) (l->__tmp10), (int64_t) (l->__tmp12), (int64_t) (l->__tmp14), (int64_t) (l->__tmp16), (int64_t) (l->__tmp18));
    {
      strlcpy (c->error_buffer, "boom", MAXSTRINGLEN);
      c->last_error = c->error_buffer;
      c->last_stmt = NULL;
      goto catch_1;
      goto try_end_1;
    }
    catch_1: ;
    if (unlikely (c->last_error == NULL)) goto out;
    strlcpy (l->l_msg, c->last_error, MAXSTRINGLEN);
    c->last_error = NULL;
    c->last_stmt = NULL;
    {
      _stp_printf ("caught %s\n", l->l_msg);
    }
    try_end_1: ;
    l->l_zero = ((int64_t)0LL);
    {
      if (unlikely (!l->l_zero)) {
        c->last_error = "division by 0";
        c->last_stmt = "operator '/' at sample.stp:9:23";
        goto catch_2;
      }
      l->__tmp19 = _stp_div64 (NULL, ((int64_t)1LL), l->l_zero);
      l->l_x = l->__tmp19;
      goto try_end_2;
    }
    catch_2: ;
    if (unlikely (c->last_error == NULL)) goto out;
    strlcpy (l->l_msg, c->last_error, MAXSTRINGLEN);
    c->last_error = NULL;
    c->last_stmt = NULL;
    {
      _stp_printf ("caught %s\n", l->l_msg);
    }
    try_end_2: ;
    l->l_i = ((int64_t)0LL);
    top_3: ;
    if (! (((int64_t)1LL))) goto break_3;
    {
      l->l_i = ((int64_t)((uint64_t)(l->l_i) + (uint64_t)(((int64_t)1LL))));
      if (((int64_t)((l->l_i) < (((int64_t)3LL))))) {
        goto continue_3;
      }
      if (((int64_t)((l->l_i) > (((int64_t)5LL))))) {
        goto break_3;
      }
    }
    c->actionremaining -= 5;
    if (unlikely (c->actionremaining <= 0)) {
      c->last_error = "MAXACTION exceeded";
      goto out;
    }
    continue_3: ;
    goto top_3;
    break_3: ;
    _stp_printf ("%lld\n", (int64_t) (l->l_i));
    atomic_set (session_state(), STAP_SESSION_STOPPING);
    _stp_exit ();
  }
out: ;
  _stp_print_flush();
}

static struct stap_probe stap_probes[] = {
  STAP_PROBE_INIT(0, &probe_0, "begin", "begin", "sample.stp:4:7", " from: begin"),
};

static void function___global_fact__overload_0 (struct context * __restrict__ c) {
  struct function___global_fact__overload_0_locals * __restrict__ l = & c->locals[c->nesting+1].function___global_fact__overload_0;
  (void) l;
  c->last_stmt = "identifier 'fact' at sample.stp:2:10";
  if (unlikely (c->nesting+1 >= MAXNESTING)) {
    c->last_error = "MAXNESTING exceeded";
    return;
  }
  c->nesting ++;
  c->next = 0;
  l->__retvalue = 0;
  if (c->actionremaining < 3) { c->last_error = "MAXACTION exceeded"; goto out; }
  {
    if (((int64_t)((l->l_n) <= (((int64_t)1LL))))) {
      l->__retvalue = ((int64_t)1LL);
      goto out;
    }
    l->__tmp0 = ((int64_t)((uint64_t)(l->l_n) - (uint64_t)(((int64_t)1LL))));
    c->locals[c->nesting+1].function___global_fact__overload_0.l_n = l->__tmp0;
    function___global_fact__overload_0 (c);
    if (unlikely (c->next)) {
      c->next = 0;
      c->last_error = "all functions exhausted";
      goto out;
    }
    if (unlikely (c->last_error || c->aborted)) goto out;
    l->__tmp1 = c->locals[c->nesting+1].function___global_fact__overload_0.__retvalue;
    l->__retvalue = ((int64_t)((uint64_t)(l->l_n) * (uint64_t)(l->__tmp1)));
    goto out;
  }
out: ;
  c->nesting --;
}

static void function___global_greet__overload_0 (struct context * __restrict__ c) {
  struct function___global_greet__overload_0_locals * __restrict__ l = & c->locals[c->nesting+1].function___global_greet__overload_0;
  (void) l;
  if (unlikely (c->nesting+1 >= MAXNESTING)) {
    c->last_error = "MAXNESTING exceeded";
    return;
  }
  c->nesting ++;
  c->next = 0;
  l->l_s[0] = '\0';
  l->l_i = 0;
  l->__retvalue[0] = '\0';
  if (c->actionremaining < 4) { c->last_error = "MAXACTION exceeded"; goto out; }
  {
    strlcpy (l->l_s, "", MAXSTRINGLEN);
    l->l_i = ((int64_t)0LL);
    top_0: ;
    if (! (((int64_t)((l->l_i) < (l->l_times))))) goto break_0;
    {
      strlcpy (l->__tmp0, l->l_s, MAXSTRINGLEN);
      strlcat (l->__tmp0, l->l_name, MAXSTRINGLEN);
      strlcpy (l->l_s, l->__tmp0, MAXSTRINGLEN);
    }
    c->actionremaining -= 1;
    if (unlikely (c->actionremaining <= 0)) {
      c->last_error = "MAXACTION exceeded";
      goto out;
    }
    continue_0: ;
    l->l_i = ((int64_t)((uint64_t)(l->l_i) + (uint64_t)(((int64_t)1LL))));
    goto top_0;
    break_0: ;
    strlcpy (l->__retvalue, l->l_s, MAXSTRINGLEN);
    goto out;
  }
out: ;
  c->nesting --;
}

/* ---- begin/end/error probes ---- */
static struct stap_be_probe {
  const struct stap_probe * const probe;
  int state, type;
} stap_be_probes[] = {
  { .probe=(&stap_probes[0]), .state=STAP_SESSION_STARTING, .type=0 },
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
  global_set(s___global_counts, _stp_map_new_si (KEY_MAPENTRIES, 16, NULL)); if (global(s___global_counts) == NULL) rc = -ENOMEM;
  if (rc) {
    _stp_error ("global variable 'counts' allocation failed");
    goto out;
  }
  global_lock_init(s___global_counts);
  #ifdef STP_TIMING
  atomic_set(global_skipped(s___global_counts), 0);
  atomic_set(global_contended(s___global_counts), 0);
  #endif
  global_set(s___global_lat, _stp_stat_init (STAT_OP_COUNT, STAT_OP_SUM, STAT_OP_MIN, STAT_OP_MAX, STAT_OP_AVG, KEY_HIST_TYPE, HIST_NONE, NULL)); if (global(s___global_lat) == NULL) rc = -ENOMEM;
  if (rc) {
    _stp_error ("global variable 'lat' allocation failed");
    goto out;
  }
  global_lock_init(s___global_lat);
  #ifdef STP_TIMING
  atomic_set(global_skipped(s___global_lat), 0);
  atomic_set(global_contended(s___global_lat), 0);
  #endif
  _stp_print_kernel_info("<input>", "4.8/0.188", (num_online_cpus() * sizeof(struct context)), 1);
  INIT_WORK(&module_refresher_work, module_refresher);
  for (i=0; i<1; i++) {
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
  _stp_map_del (global(s___global_counts));
  _stp_stat_del (global(s___global_lat));
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
  for (i=0; i<1; i++) {
    struct stap_be_probe* stp = & stap_be_probes [i];
    if (stp->type == 1)
      enter_be_probe (stp);
  }
  for (i=0; i<1; i++) {
    struct stap_be_probe* stp = & stap_be_probes [i];
    if (stp->type == 2)
      enter_be_probe (stp);
  }
  mutex_unlock(&module_refresh_mutex);
  stp_synchronize_sched();
  _stp_runtime_context_wait();
  atomic_set (session_state(), STAP_SESSION_STOPPED);
  stp_synchronize_sched();
  _stp_map_del (global(s___global_counts));
  _stp_stat_del (global(s___global_lat));
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
