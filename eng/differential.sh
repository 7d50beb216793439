#!/bin/bash
# Differential testing of StapSharp against stap 4.8: N random, well-defined programs (tools/StapSharp.ProgramGenerator)
# are built into kernel modules by both compilers and run in ONE QEMU boot; each program's stdout must be the same.
# Programs are batched (-b per module: each program's body is its own begin probe, inside try/catch, after a
# "### SPEC" line), so 2,000 programs cost a few dozen module builds. stap's builds are cached by content hash.
# A program whose output differs is minimised (eng/differential-minimise.sh: statements dropped while the outputs
# still differ) and saved with stap's output as OUT/found/diff_SEED.{stp,out,err}.
#
# usage: eng/differential.sh [-i] [-b BATCH] [-o OUT] [-m MAX_MINIMISE] N [FIRST_SEED]
#   N            number of programs (seeds FIRST_SEED .. FIRST_SEED+N-1; FIRST_SEED defaults to a random one)
#   -b BATCH     programs per module (default 50)
#   -o OUT       work folder (default /tmp/stapsharp-diff.FIRST_SEED)
#   -m MAX       minimise at most MAX differing programs (default 3; 0 = none; the others are saved as found)
#   -i           injection programs (SPEC "i"+seed: quotes, "*/", trigraphs, NULs, invalid UTF-8, very long names)
# Prints: "programs=N identical=I different=D" and one "DIFF SPEC ..." line per difference.
# Exit status: 0 all identical, 1 differences found, 2 usage, 3 build or VM failure.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=eng/differential-lib.sh
source "$ROOT/eng/differential-lib.sh"

batch=50 out='' max_min=3 kind=''

while [ $# -gt 0 ]; do
    case $1 in
    -b) batch=$2; shift 2 ;;
    -o) out=$2; shift 2 ;;
    -m) max_min=$2; shift 2 ;;
    -i) kind=i; shift ;;
    -h | --help) sed -n '2,18p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) break ;;
    esac
done
[ $# -ge 1 ] && [[ $1 =~ ^[0-9]+$ ]] || { sed -n '9,14p' "$0" >&2; exit 2; }
n=$1
first=${2:-$(( ($(date +%s) % 100000) * 100 ))}
out=${out:-/tmp/stapsharp-diff.$kind$first}
mkdir -p "$out"
out=$(cd "$out" && pwd)
diff_log "programs $first..$((first + n - 1)) in batches of $batch, work folder $out"

diff_prepare_tools
specs=()
for ((s = first; s < first + n; s += batch)); do
    count=$(( first + n - s < batch ? first + n - s : batch ))
    specs+=("$(seq -f "$kind%.0f" -s ' ' "$s" $((s + count - 1)))")
done

set +e
diff_run_batches "$out/run" "${specs[@]}"
rc=$?
set -e
[ $rc = 0 ] || { diff_log "the batches did not run (status $rc)"; exit 3; }

different=$(wc -l <"$out/run/different.txt")
echo "programs=$n identical=$((n - different)) different=$different"
[ "$different" = 0 ] && exit 0

mkdir -p "$out/found"
i=0
while read -r spec; do
    seed=${spec%%-*}
    i=$((i + 1))
    if [ "$i" -le "$max_min" ]; then
        min=$("$ROOT/eng/differential-minimise.sh" -o "$out/min-$seed" "$spec" | tail -n 1) || min=$spec
        diff_save_standalone "$min" "$out/found" "diff_$seed" || true
    else
        # Past the -m limit: only the program's text (and both batch outputs) are kept.
        min=$spec
        "${PROGEN[@]}" program "$spec" >"$out/found/diff_$seed.stp"
    fi
    echo "DIFF $spec minimised=$min saved=$out/found/diff_$seed.stp"
done <"$out/run/different.txt"
exit 1
