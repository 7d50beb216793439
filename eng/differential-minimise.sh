#!/bin/bash
# Minimises a program whose output differs between stap's module and StapSharp's (see eng/differential.sh):
# each round puts reductions of the current program into ONE batch (drop the first or second half of its
# removable statements, each quarter, each eighth, each single statement), builds it with both compilers, runs
# it in one boot and keeps the reduction that removes the most statements while the outputs still differ.
# Reductions that stap -p2 rejects are left out of the batch first.
#
# usage: eng/differential-minimise.sh [-o DIR] [-r ROUNDS] [-n] SPEC     (SPEC = SEED[-ID.ID...], as stp-progen takes)
#   -n   only print the first round's reductions that stap -p2 accepts (no builds, no boot)
# Prints the minimised SPEC as its last stdout line (the input SPEC when nothing smaller still differs).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=eng/differential-lib.sh
source "$ROOT/eng/differential-lib.sh"

dir='' rounds=4 dry=0
while [ $# -gt 0 ]; do
    case $1 in
    -o) dir=$2; shift 2 ;;
    -r) rounds=$2; shift 2 ;;
    -n) dry=1; shift ;;
    -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
    *) break ;;
    esac
done
[ $# = 1 ] || { sed -n '7,9p' "$0" >&2; exit 2; }
spec=$1
dir=${dir:-/tmp/stapsharp-min.$spec}
mkdir -p "$dir"
[ -n "${PROGEN:-}" ] || diff_prepare_tools

with_drops() { # spec ids... -> spec with those ids dropped too
    local s=$1 seed drops
    shift
    seed=${s%%-*}
    drops=$([ "$s" = "$seed" ] || echo "${s#*-}" | tr '.' '\n'; printf '%s\n' "$@")
    echo "$seed-$(echo "$drops" | grep -v '^$' | sort -n -u | paste -sd .)"
}

for ((round = 1; round <= rounds; round++)); do
    mapfile -t ids < <("${PROGEN[@]}" ids "$spec")
    n=${#ids[@]}
    [ "$n" -gt 0 ] || break
    cands=()
    for parts in 2 4 8; do
        [ "$n" -ge "$parts" ] || continue
        for ((p = 0; p < parts; p++)); do
            cands+=("$(with_drops "$spec" "${ids[@]:$((p * n / parts)):$(((p + 1) * n / parts - p * n / parts))}")")
        done
    done
    for id in "${ids[@]}"; do cands+=("$(with_drops "$spec" "$id")"); done
    mapfile -t cands < <(printf '%s\n' "${cands[@]}" | sort -u)
    # Leave out the reductions stap rejects (an error's line names its program through the "// program" comment).
    for try in 1 2 3; do
        "${PROGEN[@]}" batch "${cands[@]}" >"$dir/check.stp"
        if stap -r "$KVER" -p2 "$dir/check.stp" >/dev/null 2>"$dir/check.err"; then break; fi
        mapfile -t bad < <(grep -o 'check.stp:[0-9]*\|at :[0-9]*' "$dir/check.err" | grep -o '[0-9]*$' | sort -u |
            while read -r l; do head -n "$l" "$dir/check.stp" | grep '^// program ' | tail -n 1 | cut -d' ' -f3; done | sort -u)
        [ ${#bad[@]} -gt 0 ] || { diff_log "stap -p2 rejects the reductions and names no line"; break 2; }
        mapfile -t cands < <(printf '%s\n' "${cands[@]}" | grep -vxF -f <(printf '%s\n' "${bad[@]}"))
    done
    diff_log "round $round: $n removable statements, ${#cands[@]} reductions of $spec"
    if [ $dry = 1 ]; then printf '%s\n' "${cands[@]}"; exit 0; fi
    diff_run_batches "$dir/r$round" "${cands[*]}" || break
    best=''
    best_n=$n
    while read -r c; do
        left=$("${PROGEN[@]}" ids "$c" | wc -l)
        if [ "$left" -lt "$best_n" ]; then best=$c best_n=$left; fi
    done < <(grep -xF -f <(printf '%s\n' "${cands[@]}") "$dir/r$round/different.txt")
    [ -n "$best" ] || break
    diff_log "round $round: $best still differs ($best_n removable statements left)"
    spec=$best
done
echo "$spec"
