#!/usr/bin/env bash
# Coverage-guided fuzzing of one StapSharp input with AFL++ and SharpFuzz (issue #11; results in docs/testing.md).
#
#   eng/fuzz.sh --list              the targets and their invariants
#   eng/fuzz.sh TARGET SECONDS      build, instrument, run afl-fuzz for SECONDS, print executions, coverage,
#                                   crashes and hangs, replay every crash (exit 1 when there is one)
#   eng/fuzz.sh T1,T2,... SECONDS   several targets one after the other (one build); `all` for every target
#
# The instrumented assemblies only run under afl-fuzz (they write to its shared memory); seeds, the dictionary
# and crash replays use the plain build.
# Steps: builds tests/StapSharp.Fuzzing, copies the output to a private folder, instruments StapSharp.Syntax,
# StapSharp.Codegen and StapSharp.Transport there with the `sharpfuzz` tool (SharpFuzz.CommandLine 2.3.0, installed
# under the cache folder when missing), writes the target's seeds (script targets: the hand-written seeds plus
# small scripts of the installed example and tapset corpora) and, for script targets, a dictionary of stap tokens.
# Findings are kept in ${STAPSHARP_FUZZ_DIR:-~/.cache/stapsharp/fuzz}/TARGET/RUN-ID/ (crashes/, hangs/, queue/).
# Environment: FUZZ_TIMEOUT_MS (per-input timeout, default 2000: a hang is an input slower than that).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

build_driver() {
  local out=$1
  local log
  log=$(mktemp)
  if ! dotnet build tests/StapSharp.Fuzzing -c Release -tl:off -nologo -v:q -o "$out" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "fuzz: the build failed" >&2
    return 1
  fi
  rm -f "$log"
}

if [[ "${1:-}" == "--list" ]]; then
  bin=$(mktemp -d)
  trap 'rm -rf "$bin"' EXIT
  build_driver "$bin"
  dotnet "$bin/StapSharp.Fuzzing.dll" --list
  exit 0
fi

if [[ $# -ne 2 || ! "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: eng/fuzz.sh --list | eng/fuzz.sh TARGET[,TARGET...|all] SECONDS" >&2
  exit 2
fi
seconds=$2
cache=${STAPSHARP_FUZZ_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/stapsharp/fuzz}
mkdir -p "$cache"

# ---- tools: afl++ (Debian package) and the sharpfuzz instrumentation tool ------------------------------------
if ! command -v afl-fuzz >/dev/null; then
  echo "fuzz: installing afl++"
  sudo_cmd=""
  [[ $(id -u) -eq 0 ]] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends afl++ >/dev/null
fi
tools="$cache/tools"
if [[ ! -x "$tools/sharpfuzz" ]]; then
  echo "fuzz: installing the sharpfuzz tool (SharpFuzz.CommandLine 2.3.0)"
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
fi

# ---- build and instrument a private copy ------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/stapsharp-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
plain="$work/plain"
bin="$work/bin"
build_driver "$plain"
cp -r "$plain" "$bin"
known=$(dotnet "$plain/StapSharp.Fuzzing.dll" --list | awk '{print $1}')
if [[ "$1" == all ]]; then targets=($known); else IFS=, read -ra targets <<<"$1"; fi
for target in "${targets[@]}"; do
  if ! grep -qx "$target" <<<"$known"; then
    echo "fuzz: unknown target '$target'; eng/fuzz.sh --list shows them" >&2
    exit 2
  fi
done
for assembly in StapSharp.Syntax StapSharp.Codegen StapSharp.Transport; do
  "$tools/sharpfuzz" "$bin/$assembly.dll" >/dev/null
done

fuzz_one() {
  local target=$1 run dict stats crashes hangs
  run="$cache/$target/$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$run"
  rm -rf "$work/seeds"
  dotnet "$plain/StapSharp.Fuzzing.dll" "$target" --seeds "$work/seeds" >/dev/null
  dict=()
  case "$target" in
    parser|binder|codegen)
      dotnet "$plain/StapSharp.Fuzzing.dll" --dictionary "$work/stap.dict"
      dict=(-x "$work/stap.dict") ;;
  esac

  # ---- fuzz ---------------------------------------------------------------------------------------------------
  # SharpFuzz's own fork server runs inside `dotnet`, which AFL cannot see instrumentation in (AFL_SKIP_BIN_CHECK).
  # Containers: no CPU frequency control, no core_pattern, no CPU pinning on shared machines.
  echo "fuzz: $target for ${seconds}s; findings in $run"
  AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1 \
  AFL_FORKSRV_INIT_TMOUT=60000 \
    afl-fuzz -i "$work/seeds" -o "$run" -V "$seconds" -t "${FUZZ_TIMEOUT_MS:-2000}" -m none "${dict[@]}" \
    -- dotnet "$bin/StapSharp.Fuzzing.dll" "$target" --afl >"$run/afl.log" 2>&1 || {
      echo "fuzz: afl-fuzz failed; the end of $run/afl.log:" >&2
      tail -25 "$run/afl.log" >&2
      return 1
    }

  # ---- report -------------------------------------------------------------------------------------------------
  stats="$run/default/fuzzer_stats"
  fuzzer_stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
  crashes=$(find "$run/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
  hangs=$(find "$run/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
  echo "target:     $target"
  echo "command:    eng/fuzz.sh $target $seconds"
  echo "run time:   $(fuzzer_stat run_time)s"
  echo "executions: $(fuzzer_stat execs_done) ($(fuzzer_stat execs_per_sec)/s)"
  echo "coverage:   $(fuzzer_stat edges_found) edges, bitmap $(fuzzer_stat bitmap_cvg); corpus $(fuzzer_stat corpus_count) inputs"
  echo "crashes:    $crashes"
  echo "hangs:      $hangs"
  echo "findings:   $run/default"
  if [[ $crashes -gt 0 ]]; then
    echo "== replay of the crashes (uninstrumented build)"
    dotnet "$plain/StapSharp.Fuzzing.dll" "$target" --run "$run"/default/crashes/id:* 2>&1 | head -80 || true
    return 1
  fi
}

failed=0
for target in "${targets[@]}"; do
  fuzz_one "$target" || failed=1
done
exit $failed
