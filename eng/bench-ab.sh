#!/usr/bin/env bash
# Is a change to the syntax layer faster? Compares the in-process parse speed of two commits in one process.
#
#   eng/bench-ab.sh [BASE [NEW]]    BASE defaults to HEAD, NEW to the working tree (uncommitted changes included)
#
# Both builds of StapSharp.Syntax are loaded into one benchmark process and corpus passes alternate between them
# (benchmarks/StapSharp.Benchmarks --ab): this machine runs for seconds at a time at half speed, which makes two
# separate runs useless for differences under 10%. Prints each build's median MB/s and the median per-pair time
# ratio NEW/BASE (below 1: NEW is faster) with how many pairs NEW won; an unchanged build gives 0.98-1.02.
# Environment: AB_PAIRS (default 40), STAPSHARP_TAPSET_DIR, BENCH_OUT (work folder).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
base=${1:-HEAD}
new=${2:-}
out=${BENCH_OUT:-${TMPDIR:-/tmp}/stapsharp-bench}/ab
rm -rf "$out"
mkdir -p "$out"
worktrees=()
cleanup() { for w in "${worktrees[@]}"; do git worktree remove --force "$w" >/dev/null 2>&1 || true; done; }
trap cleanup EXIT

# build REVISION NAME: StapSharp.Syntax (net10.0) of REVISION (empty: the working tree) into $out/NAME
build() {
  local source=$root
  if [[ -n "$1" ]]; then
    source=$out/src-$2
    git worktree add --detach "$source" "$1" >/dev/null 2>&1 || { echo "cannot check out $1" >&2; exit 2; }
    worktrees+=("$source")
  fi
  echo "building ${1:-the working tree} ..."
  dotnet build -c Release "$source/src/StapSharp.Syntax" -f net10.0 -o "$out/$2" >"$out/build-$2.log" 2>&1 \
    || { tail -n 20 "$out/build-$2.log" >&2; exit 1; }
}

build "$base" base
build "$new" new
dotnet build -c Release benchmarks/StapSharp.Benchmarks -o "$out/bench" >"$out/build-bench.log" 2>&1 \
  || { tail -n 20 "$out/build-bench.log" >&2; exit 1; }
"$out/bench/StapSharp.Benchmarks" --ab "$out/base" "$out/new" "${AB_PAIRS:-40}"
