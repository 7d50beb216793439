#!/usr/bin/env bash
# StapSharp code generation and module builds against stap's own passes (a measurement, not a test).
#
#   eng/bench-build.sh [CLI]    CLI: a published stapsharp (default: NativeAOT publish into the work folder)
#
# For each script, in the same run and with hyperfine:
#   c-NAME    `stapsharp build --no-make` (.stp -> C + Kbuild)        vs `stap -p3` (.stp -> C)   target <= 1/10
#   ko-NAME   `stapsharp build` warm (stapconf probes cached)          vs `stap -p4` warm          target <= 1/2
# "Warm" means both tools have their kernel compatibility probes (stapconf) cached and nothing else: stap runs
# on a copy of the VM's seeded SYSTEMTAP_DIR whose module cache entries (stap_*) are deleted before every run,
# StapSharp with its stapconf cache filled by an untimed first build. stap 4.8 cannot probe stapconf on
# Debian's 6.1.192 kernel by itself (docs/vm.md), which is why it uses the seeded cache.
#
# Environment: BENCH_RUNS (default 5; a module build takes seconds), BENCH_SCRIPTS (default: hello, timer_exit,
# arrays), STAP_KERNEL_RELEASE (default: the VM's KVER, else `stapsharp kernel --release`), BENCH_OUT (work folder).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
runs=${BENCH_RUNS:-5}
out=${BENCH_OUT:-${TMPDIR:-/tmp}/stapsharp-bench-build}
read -r -a scripts <<<"${BENCH_SCRIPTS:-samples/hello.stp tests/vm-scripts/timer_exit.stp tests/vm-scripts/arrays.stp}"
mkdir -p "$out"

command -v hyperfine >/dev/null || { echo "hyperfine is missing (eng/install-deps.sh installs it)" >&2; exit 2; }
command -v stap >/dev/null || { echo "stap is missing: nothing to compare with" >&2; exit 2; }

vm_env=${STAPSHARP_VM_CACHE:-$HOME/.cache/stapsharp/vm}/vm.env
if [[ -s "$vm_env" ]]; then
  # shellcheck disable=SC1090
  source "$vm_env"
fi

cli=${1:-}
if [[ -z "$cli" ]]; then
  echo "building the NativeAOT CLI"
  dotnet publish src/StapSharp.Cli -c Release -p:StapAot=true -o "$out/aot" >"$out/publish-aot.log" 2>&1 \
    || { tail -20 "$out/publish-aot.log" >&2; exit 1; }
  cli="$out/aot/stapsharp"
fi
# The VM's kernel when prepared (stap needs its seeded stapconf), else the CLI's own target (KernelTarget).
release=${STAP_KERNEL_RELEASE:-${KVER:-$("$cli" kernel --release)}} || { echo "no kernel build tree (linux-headers)" >&2; exit 2; }
[[ -d "/lib/modules/$release/build" ]] || { echo "no kernel build tree for $release (linux-headers)" >&2; exit 2; }
echo "CLI: $cli; kernel: $release; runs: $runs; load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

# stap's warm state: the seeded stapconf only (see above).
stapdir="$out/systemtap"
have_stap_p4=false
if [[ -n "${SYSTEMTAP_DIR:-}" && -d "$SYSTEMTAP_DIR/cache" ]]; then
  rm -rf "$stapdir" && mkdir -p "$stapdir" && cp -r "$SYSTEMTAP_DIR/cache" "$stapdir/"
  find "$stapdir/cache" -name 'stap_*' -delete
  have_stap_p4=true
else
  echo "no seeded stap cache (run eng/vm/prepare.sh): the stap -p4 rows are skipped"
fi
clear_stap_modules="find $stapdir/cache -name 'stap_*' -delete"

compare() {  # compare LABEL TARGET STAPSHARP_CMD STAP_CMD [PREPARE]
  local label=$1 target=$2 mine=$3 theirs=$4 prepare=${5:-true} csv="$out/$1.csv"
  hyperfine --warmup 1 --runs "$runs" --style basic --export-csv "$csv" \
    --prepare "$prepare" -n stapsharp "$mine" -n stap "$theirs" >"$out/$label.log" 2>&1 \
    || { echo "$label: a command failed:"; tail -20 "$out/$label.log"; return 1; }
  awk -F, -v label="$label" -v target="$target" '$1 == "stapsharp" { a = $2 } $1 == "stap" { b = $2 }
    END { printf "%-24s stapsharp %9.1f ms   stap %9.1f ms   ratio %.3f (target <= %s: %s)\n",
          label, a * 1000, b * 1000, a / b, target, (a / b <= target + 0) ? "met" : "NOT met" }' "$csv"
}

status=0
for script in "${scripts[@]}"; do
  name=$(basename "$script" .stp)
  script=$(realpath "$script")
  compare "c-$name" 0.1 "$cli build --no-make -r $release -o $out/c-$name $script" \
    "stap -r $release -p3 $script" || status=1
  if $have_stap_p4; then
    # The untimed warm-up run fills StapSharp's stapconf cache. Before every run both outputs are deleted, so
    # each run compiles and links the module from scratch (stap writes its .ko into the current folder).
    compare "ko-$name" 0.5 "$cli build -r $release -o $out/ko-$name $script" \
      "cd $out && env SYSTEMTAP_DIR=$stapdir stap -r $release -p4 -m bench_$name $script" \
      "rm -rf $out/ko-$name $out/bench_$name.ko; $clear_stap_modules" || status=1
  fi
done
exit $status
