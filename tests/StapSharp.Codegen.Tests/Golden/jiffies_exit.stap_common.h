#ifndef MAXNESTING
#define MAXNESTING 0
#endif
#define STAPREGEX_MAX_MAP 0
#define STAPREGEX_MAX_TAG 0
#define STP_SKIP_BADVARS 0
#define STP_PROBE_COUNT 1
#if (defined(__arm__) || defined(__i386__) || defined(__x86_64__) || defined(__powerpc64__)) || defined (__s390x__) || defined(__aarch64__) || defined(__mips__)
#ifdef STP_NEED_UNWIND_DATA
#ifndef STP_USE_DWARF_UNWINDER
#define STP_USE_DWARF_UNWINDER
#endif
#endif
#endif
