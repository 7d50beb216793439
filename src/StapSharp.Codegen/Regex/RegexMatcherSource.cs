namespace StapSharp.Codegen
{
    /// <summary>
    /// The C of the regex matcher, written for StapSharp (it shares no code with stap's DFA generator): a Pike VM that
    /// runs a <see cref="RegexProgram"/>'s tables over a NUL-terminated string with capture slots, emitted once per
    /// module that uses <c>=~</c>.
    /// <para>
    /// Semantics, as stap 4.8's modules behave (checked in the VM): an unanchored search for the <b>leftmost</b> match;
    /// from that start the <b>longest</b> one; among equally long matches, the captures of the preferred path (earlier
    /// alternative, more iterations), a group keeping its last iteration's value. Threads are kept in priority order
    /// (earlier start first), so the first thread to reach an instruction at an offset is the one that counts.
    /// </para>
    /// <para>
    /// <see cref="Core"/> needs only <c>memcpy</c> and <c>strlen</c> and the macros <c>STP_RX_MAX_INSNS</c> and
    /// <c>STP_RX_MAX_CAPS</c>, so tests compile it in a user-space program. The working memory (two thread lists and
    /// the closure stack) lives in <c>struct context</c>, never on the small kernel stack.
    /// </para>
    /// <para>
    /// Cost bound: a Pike VM's work grows with instructions × string length, so every step (a closure step or a
    /// thread visit) is counted, and <see cref="ContextFunctions"/> charges one action to MAXACTION for each
    /// <c>STP_RX_STEPS_PER_ACTION</c> steps. The search stops (returns -1) as soon as the steps would exceed the
    /// budget it was given, which is what is left of MAXACTION; the caller then fails with "MAXACTION exceeded" as
    /// loops do, instead of running with interrupts off for as long as the pattern makes it.
    /// </para>
    /// </summary>
    internal static class RegexMatcherSource
    {
        /// <summary>
        /// Matcher steps per MAXACTION action. A step is a few nanoseconds, so stap's default MAXACTION of 1000 lets one
        /// probe spend about a million steps (a few milliseconds) in matching; a typical match (tens of instructions
        /// over a short string) costs no extra action, as a DFA match costs none in stap's modules.
        /// </summary>
        public const int StepsPerAction = 1024;

        public const string Core = """
/* StapSharp regex matcher: a Pike VM over compiled tables (see docs/codegen.md, "Regular expressions"). */
#define STP_RX_BYTE 0
#define STP_RX_ANY 1
#define STP_RX_SET 2
#define STP_RX_BOL 3
#define STP_RX_EOL 4
#define STP_RX_SPLIT 5
#define STP_RX_JMP 6
#define STP_RX_SAVE 7
#define STP_RX_MATCH 8

struct stp_rx_insn {
  unsigned char op;
  unsigned short x;
  unsigned short y;
};

struct stp_rx_prog {
  const struct stp_rx_insn *insns;
  const unsigned char (*sets)[32];
  unsigned n_insns;
  unsigned n_caps;
};

/* A thread list: a sparse set of program counters in priority order, with the captures of each thread. */
struct stp_rx_list {
  unsigned n;
  unsigned short pc[STP_RX_MAX_INSNS];
  unsigned short index[STP_RX_MAX_INSNS];
  int caps[STP_RX_MAX_INSNS][STP_RX_MAX_CAPS];
};

/* A closure step: follow pc, or (slot >= 0) restore capture slot to old once the path below it is done. */
struct stp_rx_step {
  unsigned short pc;
  short slot;
  int old;
};

struct stp_rx_work {
  long steps;   /* the steps taken by the current search */
  long budget;  /* the steps it may take; one more stops it */
  struct stp_rx_list lists[2];
  struct stp_rx_step stack[2 * STP_RX_MAX_INSNS + 2];
  int caps[STP_RX_MAX_CAPS];
  int best[STP_RX_MAX_CAPS];
};

static int stp_rx_has (const struct stp_rx_list *l, unsigned pc)
{
  unsigned i = l->index[pc];
  return i < l->n && l->pc[i] == pc;
}

/* Adds the thread at pc0 and everything it reaches without consuming a byte, depth first in priority order.
   Each pc enters a list once per offset: a later (lower-priority) arrival has the same future and loses. */
static void stp_rx_add (const struct stp_rx_prog *p, struct stp_rx_work *w, struct stp_rx_list *l,
                        unsigned pc0, int *caps, int pos, int len)
{
  unsigned sp = 0;
  w->stack[sp].pc = pc0;
  w->stack[sp].slot = -1;
  sp++;
  while (sp > 0) {
    struct stp_rx_step s = w->stack[--sp];
    const struct stp_rx_insn *in;
    unsigned k;
    if (++w->steps > w->budget)
      return;
    if (s.slot >= 0) {
      caps[s.slot] = s.old;
      continue;
    }
    if (stp_rx_has (l, s.pc))
      continue;
    k = l->n++;
    l->pc[k] = s.pc;
    l->index[s.pc] = k;
    in = &p->insns[s.pc];
    switch (in->op) {
    case STP_RX_JMP:
      w->stack[sp].pc = in->x; w->stack[sp].slot = -1; sp++;
      break;
    case STP_RX_SPLIT:
      w->stack[sp].pc = in->y; w->stack[sp].slot = -1; sp++;
      w->stack[sp].pc = in->x; w->stack[sp].slot = -1; sp++;
      break;
    case STP_RX_SAVE:
      w->stack[sp].slot = in->x; w->stack[sp].old = caps[in->x]; sp++;
      caps[in->x] = pos;
      w->stack[sp].pc = s.pc + 1; w->stack[sp].slot = -1; sp++;
      break;
    case STP_RX_BOL:
      if (pos == 0) { w->stack[sp].pc = s.pc + 1; w->stack[sp].slot = -1; sp++; }
      break;
    case STP_RX_EOL:
      if (pos == len) { w->stack[sp].pc = s.pc + 1; w->stack[sp].slot = -1; sp++; }
      break;
    default:
      memcpy (l->caps[k], caps, p->n_caps * sizeof (int));
      break;
    }
  }
}

/* Searches s; on a match fills w->best (n_caps offsets, -1 for groups that did not take part) and returns 1;
   returns -1 when the search needs more than budget steps (w->steps then says how many it took). */
static int stp_rx_exec (const struct stp_rx_prog *p, struct stp_rx_work *w, const char *s, long budget)
{
  struct stp_rx_list *cl = &w->lists[0], *nl = &w->lists[1], *t;
  int len = (int) strlen (s);
  int pos, matched = 0;
  unsigned i, j;
  int *best = w->best;
  w->steps = 0;
  w->budget = budget;
  cl->n = 0;
  for (pos = 0; ; pos++) {
    unsigned char ch = (unsigned char) s[pos < len ? pos : len];
    if (!matched) {
      /* A new start has the lowest priority: leftmost matches win. */
      for (j = 0; j < p->n_caps; j++)
        w->caps[j] = -1;
      stp_rx_add (p, w, cl, 0, w->caps, pos, len);
    }
    if (w->steps > w->budget)
      return -1;
    if (cl->n == 0)
      break;
    nl->n = 0;
    for (i = 0; i < cl->n; i++) {
      unsigned pc = cl->pc[i];
      const struct stp_rx_insn *in = &p->insns[pc];
      int *caps = cl->caps[i];
      if (++w->steps > w->budget)
        return -1;
      if (in->op >= STP_RX_BOL && in->op <= STP_RX_SAVE)
        continue;
      if (matched && caps[0] > best[0])
        continue;
      switch (in->op) {
      case STP_RX_MATCH:
        /* Leftmost first, then longest; at equal length the earlier (preferred) thread keeps it. */
        if (!matched || caps[0] < best[0] || caps[1] > best[1]) {
          memcpy (best, caps, p->n_caps * sizeof (int));
          matched = 1;
        }
        break;
      case STP_RX_BYTE:
        if (pos < len && ch == in->x)
          stp_rx_add (p, w, nl, pc + 1, caps, pos + 1, len);
        break;
      case STP_RX_ANY:
        if (pos < len)
          stp_rx_add (p, w, nl, pc + 1, caps, pos + 1, len);
        break;
      case STP_RX_SET:
        if (pos < len && (p->sets[in->x][ch >> 3] & (1u << (ch & 7))))
          stp_rx_add (p, w, nl, pc + 1, caps, pos + 1, len);
        break;
      }
    }
    if (w->steps > w->budget)
      return -1;
    if (pos >= len)
      break;
    t = cl; cl = nl; nl = t;
  }
  return matched;
}
""";

        /// <summary>The functions the lowered <c>=~</c>, <c>matched()</c> and <c>ngroups()</c> call; they use stap's <c>CONTEXT->last_match</c>.</summary>
        public const string ContextFunctions = """
/* =~ : runs the program and records the outcome in stap's last_match, which regex.stp's functions read.
   The steps taken are charged to MAXACTION; -1 (last_error set) when they exhaust it. */
static int _stp_rx_match (struct context *c, const struct stp_rx_prog *p, const char *s)
{
  long budget = c->actionremaining > 0 ? (long) c->actionremaining * STP_RX_STEPS_PER_ACTION : 0;
  int found = stp_rx_exec (p, &c->stp_rx_work, s, budget);
  unsigned i;
  c->actionremaining -= (int) (c->stp_rx_work.steps / STP_RX_STEPS_PER_ACTION);
  if (found < 0) {
    c->last_match.result = 0;
    c->last_error = "MAXACTION exceeded";
    return -1;
  }
  if (s != c->last_match.matched_str)
    strlcpy (c->last_match.matched_str, s, MAXSTRINGLEN);
  if (!found) {
    c->last_match.result = 0;
    return 0;
  }
  for (i = 0; i < STAPREGEX_MAX_TAG; i++)
    c->last_match.tag_vals[i] = i < p->n_caps ? c->stp_rx_work.best[i] : -1;
  c->last_match.num_final_tags = p->n_caps;
  c->last_match.result = 1;
  return 1;
}

/* matched(n): the text of group n of the last match into out, or NULL with last_error set. */
static const char *_stp_rx_subexpression (struct context *c, int64_t n, char *out)
{
  int start, end;
  if (!c->last_match.result) {
    snprintf (c->error_buffer, sizeof (c->error_buffer), "Attempted to get subexpression %lld from failed match", (long long) n);
    c->last_error = c->error_buffer;
    return NULL;
  }
  if (n < 0 || 2 * n + 1 >= (int64_t) c->last_match.num_final_tags) {
    snprintf (c->error_buffer, sizeof (c->error_buffer), "Attempted to get nonexistent subexpression %lld", (long long) n);
    c->last_error = c->error_buffer;
    return NULL;
  }
  start = c->last_match.tag_vals[2 * n];
  end = c->last_match.tag_vals[2 * n + 1];
  if (start < 0 || end < 0)
    start = end = 0;  /* a group that took no part in the match is empty */
  strlcpy (out, c->last_match.matched_str + start, end - start + 1);
  return out;
}

/* ngroups(): the number of groups of the last match, the whole match included; 0 with last_error set after a failure. */
static int _stp_rx_ngroups (struct context *c, int64_t *out)
{
  if (!c->last_match.result) {
    snprintf (c->error_buffer, sizeof (c->error_buffer), "Attempted to get subexpression count from failed match");
    c->last_error = c->error_buffer;
    return 0;
  }
  *out = c->last_match.num_final_tags / 2;
  return 1;
}
""";
    }
}
