#!/usr/bin/env bash
# eng/bench-large-script.sh MB FILE: writes a generated SystemTap script of about MB megabytes to FILE (for the
# scaling rows of eng/bench.sh): per kilobyte, one block of globals, a function and a timer probe, each with its own
# names, using the common statement and expression forms. stap -p2 accepts it. The CLI tests build the same text
# (tests/StapSharp.Cli.Tests/Deep/LargeAndDeepInputTests.cs).
set -euo pipefail
mb=$1; out=$2
awk -v target=$((mb * 1024 * 1024)) 'BEGIN {
  for (i = 0; size < target; i++) {
    block = sprintf("global counts_%d, total_%d\n" \
      "function step_%d(x, name) {\n" \
      "  if (x > 10 && name != \"\") {\n" \
      "    counts_%d[name, x %% 7] += x * 3 - 1\n" \
      "  } else if (x < 0) {\n" \
      "    return -x\n" \
      "  }\n" \
      "  for (i = 0; i < 4; i++) total_%d += i << 2\n" \
      "  foreach ([k, v] in counts_%d- limit 5) printf(\"%%s %%d %%d\\n\", k, v, counts_%d[k, v])\n" \
      "  s = sprintf(\"%%d:%%s\", x, name) . \" tail\" // a comment\n" \
      "  while (x > 0) { x -= 2; if (x == 3) break }\n" \
      "  return strlen(s) + (x ? 1 : 2) + total_%d\n" \
      "}\n" \
      "probe timer.s(%d) {\n" \
      "  n = step_%d(%d, \"p%d\")\n" \
      "  if (n > 100) println(n)\n" \
      "  delete counts_%d\n" \
      "}\n\n", i, i, i, i, i, i, i, i, i % 60 + 1, i, i, i, i)
    printf "%s", block
    size += length(block)
  }
}' > "$out"
