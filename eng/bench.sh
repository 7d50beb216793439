#!/usr/bin/env bash
# StapSharp parse performance against stap's own parser (a measurement, not a test).
#
#   eng/bench.sh            build the CLI, time it with hyperfine against `stap -p1`, then the in-process MB/s
#   eng/bench.sh --bdn      also run the BenchmarkDotNet parse rows (--filter '*Parse*' --job short)
# After the parse figures it compares whole processes on small scripts: `stapsharp check` against `stap -p2`
# (target <= 1/5) and `stapsharp build --no-make` (C + Kbuild) against `stap -p3` (target <= 1/10).
# Then the scaling rows: parse, check and fmt of generated scripts (eng/bench-large-script.sh) of 1, 10 and 50 MB,
# wall time and peak memory from /usr/bin/time -v, with `stap -p1` of the same file for reference.
#   eng/bench.sh --scaling  build the CLI and run only the scaling rows (BENCH_SCALING_MB, default "1 10 50")
#
# Environment: BENCH_RUNS (hyperfine runs, default 10), BENCH_PASSES (in-process passes, default 10),
# STAPSHARP_TAPSET_DIR (default /usr/share/systemtap/tapset), STAP_KERNEL_RELEASE (default: `stapsharp kernel --release`),
# BENCH_OUT (work folder, default ${TMPDIR:-/tmp}/stapsharp-bench), BENCH_CLI (a stapsharp to measure instead of
# publishing one).
# The figures and the exact commands are recorded in docs/performance.md.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
runs=${BENCH_RUNS:-10}
passes=${BENCH_PASSES:-10}
tapsets=${STAPSHARP_TAPSET_DIR:-/usr/share/systemtap/tapset}
out=${BENCH_OUT:-${TMPDIR:-/tmp}/stapsharp-bench}
run_bdn=false
only_scaling=false
[[ "${1:-}" == "--bdn" ]] && run_bdn=true
[[ "${1:-}" == "--scaling" ]] && only_scaling=true
mkdir -p "$out"

say() { printf '\n== %s\n' "$*"; }

# ---- tools -------------------------------------------------------------------------------------------------
if ! command -v hyperfine >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    apt-get install -y hyperfine >/dev/null || { apt-get update >/dev/null && apt-get install -y hyperfine >/dev/null; }
  else
    echo "hyperfine is missing (apt-get install hyperfine)" >&2; exit 2
  fi
fi
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is missing (eng/install-deps.sh installs the time package)" >&2; exit 2; }
command -v stap >/dev/null || { echo "stap is missing: nothing to compare with" >&2; exit 2; }
[[ -d "$tapsets" ]] || { echo "no tapset directory $tapsets" >&2; exit 2; }

# ---- build the CLI: NativeAOT when it publishes, else the JIT build -----------------------------------------
say "building the CLI"
cli=""
if [[ -n "${BENCH_CLI:-}" ]]; then
  cli=$BENCH_CLI; flavour="given (BENCH_CLI)"
elif dotnet publish src/StapSharp.Cli -c Release -p:StapAot=true -o "$out/aot" >"$out/publish-aot.log" 2>&1 \
   && [[ -x "$out/aot/stapsharp" ]]; then
  cli="$out/aot/stapsharp"; flavour="NativeAOT"
else
  echo "NativeAOT publish failed (see $out/publish-aot.log); using the JIT build"
  dotnet publish src/StapSharp.Cli -c Release -o "$out/jit" >"$out/publish-jit.log" 2>&1 \
    || { cat "$out/publish-jit.log" >&2; exit 1; }
  cli="$out/jit/stapsharp"; flavour="JIT"
fi
echo "CLI: $cli ($flavour)"
# The same target kernel as every stapsharp command (KernelTarget), unless STAP_KERNEL_RELEASE names one.
release=${STAP_KERNEL_RELEASE:-$("$cli" kernel --release)} || { echo "no kernel build tree (set STAP_KERNEL_RELEASE)" >&2; exit 2; }

# ---- scaling: generated scripts of 1, 10 and 50 MB, time and peak memory of each command --------------------
scaling() {
  say "scaling (generated scripts, /usr/bin/time -v; load average $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores)"
  # The kernel release stap -p1 needs; this section may run before the rest of the script sets $release.
  local scaling_release=${release:-${STAP_KERNEL_RELEASE:-$(ls /lib/modules 2>/dev/null | sort | head -n1)}}
  printf '%-10s %6s %10s %12s %8s\n' command MB wall_s peak_MB exit
  for mb in ${BENCH_SCALING_MB:-1 10 50}; do
    local script="$out/large-$mb.stp"
    eng/bench-large-script.sh "$mb" "$script"
    for cmd in parse check fmt stap-p1; do
      local log="$out/time-$cmd-$mb.txt"
      set +e
      if [[ $cmd == stap-p1 ]]; then
        /usr/bin/time -v stap -r "$scaling_release" -p1 "$script" >/dev/null 2>"$log"
      else
        /usr/bin/time -v "$cli" "$cmd" "$script" >/dev/null 2>"$log"
      fi
      local rc=$?
      set -e
      awk -v cmd="$cmd" -v mb="$mb" -v rc="$rc" '
        /Elapsed \(wall clock\) time/ { n = split($NF, p, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + p[i] }
        /Maximum resident set size/ { rss = $NF / 1024 }
        END { printf "%-10s %6d %10.2f %12.0f %8d\n", cmd, mb, wall, rss, rc }' "$log"
    done
  done
}
if $only_scaling; then scaling; exit 0; fi

# ---- the corpus ---------------------------------------------------------------------------------------------
mapfile -t files < <(find "$tapsets" -type f \( -name '*.stp' -o -name '*.stpm' \) | LC_ALL=C sort)
bytes=$(cat "${files[@]}" | wc -c)
echo "corpus: ${#files[@]} files, $bytes bytes under $tapsets"
printf '%s\n' "${files[@]}" > "$out/files.txt"

# One untimed run each, to show that both commands work (stapsharp may exit 1 when it reports diagnostics).
set +e
"$cli" parse "${files[@]}" >"$out/stapsharp-parse.out" 2>&1; cli_rc=$?
stap -r "$release" -p1 -e 'probe begin {}' >"$out/stap-p1.out" 2>&1; stap_rc=$?
set -e
echo "stapsharp parse exit code: $cli_rc (output in $out/stapsharp-parse.out)"
echo "stap -p1 exit code: $stap_rc"
[[ $stap_rc == 0 ]] || { echo "stap -p1 failed; see $out/stap-p1.out" >&2; exit 1; }
if grep -q "Unrecognized command\|Required command was not provided" "$out/stapsharp-parse.out"; then
  echo "this CLI has no 'parse' command yet" >&2; exit 1
fi

# ---- wall time: stapsharp parse (all tapset files) vs stap -p1 (which parses the tapsets it selects) ---------
say "hyperfine ($runs runs each)"
quoted=$(printf '%q ' "${files[@]}")
hyperfine --warmup 2 --runs "$runs" --ignore-failure --style basic \
  --export-csv "$out/hyperfine.csv" --export-markdown "$out/hyperfine.md" \
  -n stapsharp "$cli parse $quoted" \
  -n stap "stap -r $release -p1 -e 'probe begin {}'"

# hyperfine CSV: command,mean,stddev,median,user,system,min,max (seconds)
field_of() { awk -F, -v name="$1" -v col="$2" '$1 == name { print $col }' "$out/hyperfine.csv"; }
say "result"
awk -v a="$(field_of stapsharp 2)" -v b="$(field_of stap 2)" \
    -v au="$(field_of stapsharp 5)" -v as="$(field_of stapsharp 6)" \
    -v bu="$(field_of stap 5)" -v bs="$(field_of stap 6)" -v f="$flavour" -v load="$(cut -d' ' -f1 /proc/loadavg)" -v cores="$(nproc)" 'BEGIN {
  printf "load average at the end: %s on %d cores (wall figures include waiting for a core)\n", load, cores
  printf "wall  stapsharp parse (%s): %8.1f ms   stap -p1: %8.1f ms   ratio %.3f (target <= 0.333: %s)\n",
         f, a * 1000, b * 1000, a / b, (a / b <= 1 / 3.0) ? "met" : "NOT met"
  printf "cpu   stapsharp parse (%s): %8.1f ms   stap -p1: %8.1f ms   ratio %.3f (user+system)\n",
         f, (au + as) * 1000, (bu + bs) * 1000, (au + as) / (bu + bs) }'

# ---- later passes: check vs stap -p2, C generation vs stap -p3 (same scripts, same run) ------------------
compare() {  # compare LABEL TARGET STAPSHARP_CMD STAP_CMD
  local label=$1 target=$2 mine=$3 theirs=$4 csv="$out/$1.csv"
  hyperfine --warmup 1 --runs "$runs" --ignore-failure --style basic --export-csv "$csv" -n stapsharp "$mine" -n stap "$theirs" >/dev/null
  awk -F, -v label="$label" -v target="$target" '$1 == "stapsharp" { a = $2 } $1 == "stap" { b = $2 }
    END { printf "%-28s stapsharp %8.1f ms   stap %8.1f ms   ratio %.3f (target <= %s: %s)\n",
          label, a * 1000, b * 1000, a / b, target, (a / b <= target + 0) ? "met" : "NOT met" }' "$csv"
}
say "later passes ($runs runs each)"
for script in samples/hello.stp tests/vm-scripts/timer_exit.stp tests/vm-scripts/arrays.stp; do
  name=$(basename "$script" .stp)
  compare "check-$name" 0.2 "$cli check -r $release $script" "stap -r $release -p2 $script"
  compare "c-$name" 0.1 "$cli build --no-make -r $release -o $out/c-$name $script" "stap -r $release -p3 $script"
done

scaling

# ---- in-process throughput ----------------------------------------------------------------------------------
say "in-process parse throughput ($passes passes)"
STAPSHARP_TAPSET_DIR="$tapsets" dotnet run -c Release --project benchmarks/StapSharp.Benchmarks -- --quick "$passes"

if $run_bdn; then
  say "BenchmarkDotNet"
  # Run from the repository root: BenchmarkDotNet looks for the benchmark's .csproj below the current directory.
  STAPSHARP_TAPSET_DIR="$tapsets" dotnet run -c Release --project benchmarks/StapSharp.Benchmarks \
    -- --filter '*Parse*' --job short --artifacts "$out/bdn"
fi
