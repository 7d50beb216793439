#!/bin/bash
# Measures how often StapSharp agrees with the real stap on the project's parity cases (issue #14).
#
#   eng/stap-parity.sh [--no-lines] [--refresh] [--pass1-only]
#
# Every case tests/parity/pass1/*.stp goes through `stap -p1` and `stapsharp parse`; every case
# tests/parity/pass2/*.stp through `stap -p2` and `stapsharp check`. tests/parity/known/*.stp are pass-1 cases on
# which StapSharp is known to differ (docs/differences.md): measured and listed, but they do not fail the run. A case's first line is a comment naming the
# bullet of issue #14 it covers: `# bullet: NAME`. Two verdicts agree when both accept, or both reject and (unless
# --no-lines) stap's first error line is one of the lines StapSharp reports an error on. A case whose first line also
# says `; lines differ: REASON` has its lines not compared (a deliberate difference listed in docs/differences.md,
# such as an error inside a macro expansion: stap points into the macro body, StapSharp at the invocation). Prints
# the agreement per bullet and in total, and every disagreement; exits 1 when there is any.
#
# stap's verdicts are cached in tests/parity/StapCache (checked in), keyed like the tests' StapOracle: the first 32
# hex digits of sha256("stap VERSION OPTIONS\nFILENAME\nTEXT"). The file holds the exit code, an empty listing, the
# separator line and stap's error lines (StapResult's format), so tests/StapSharp.Syntax.Tests/Parity reads the
# same cache. Without a cached verdict, stap runs (for the installed kernel build tree); --refresh reruns every case.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
STAP_VERSION=4.8
CACHE="$ROOT/tests/parity/StapCache"
CHECK_LINES=1 REFRESH=0 PASSES="pass1 pass2 known"
for arg in "$@"; do
    case $arg in
        --no-lines) CHECK_LINES=0 ;;
        --refresh) REFRESH=1 ;;
        --pass1-only) PASSES="pass1 known" ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "stap-parity: unknown option $arg" >&2; exit 2 ;;
    esac
done

log() { echo "[parity] $*" >&2; }

# The kernel release stap's -r gets: the running kernel when its build tree is installed, else the first installed one.
kernel_release() {
    local r
    if [ -e "/lib/modules/$(uname -r)/build/Makefile" ]; then uname -r; return; fi
    for r in /lib/modules/*/build/Makefile; do
        [ -e "$r" ] || continue
        r=${r#/lib/modules/}; echo "${r%%/*}"; return
    done
    return 1
}

cache_key() { # options file
    { printf 'stap %s %s\n%s\n' "$STAP_VERSION" "$1" "$(basename "$2")"; cat "$2"; } | sha256sum | cut -c1-32
}

# Prints the cache file of stap's verdict on FILE with OPTIONS, running stap when it is not cached.
stap_verdict() { # options file
    local key file out rc release
    key=$(cache_key "$1" "$2")
    file="$CACHE/$key.txt"
    if [ ! -e "$file" ] || [ "$REFRESH" = 1 ]; then
        command -v stap >/dev/null || { log "no cached verdict for $2 and no stap"; return 1; }
        release=${RELEASE:=$(kernel_release)} || { log "no kernel build tree for stap -r"; return 1; }
        out=$(mktemp)
        rc=0
        (cd "$(dirname "$2")" && timeout 300 stap -r "$release" "$1" "$(basename "$2")" >/dev/null 2>"$out") || rc=$?
        mkdir -p "$CACHE"
        # The verdict must not name this machine's kernel ABI.
        { echo "$rc"; printf '\n--8<-- stderr --8<--\n'
          grep -E 'error|saw:|Input file|no probes found' "$out" | head -20 | sed "s/$release/RELEASE/g"; } >"$file"
        rm -f "$out"
    fi
    echo "$file"
}

# From a cache file: "accept" or "reject LINE" (LINE empty when stap names none).
stap_summary() { # cache-file name
    local rc line
    rc=$(head -1 "$1")
    if [ "$rc" = 0 ]; then echo accept; return; fi
    line=$(grep -m1 -oE "at $(printf '%s' "$2" | sed 's/[.]/[.]/g'):[0-9]+:" "$1" | grep -oE ':[0-9]+:$' | tr -d :) || true
    echo "reject $line"
}

build_cli() {
    dotnet build "$ROOT/src/StapSharp.Cli" -c Release -tl:off -nologo -v:q >&2
    STAPSHARP=(dotnet "$(dotnet msbuild "$ROOT/src/StapSharp.Cli" -p:Configuration=Release -getProperty:TargetPath)")
}

total=0 agreed=0
declare -A bullet_total=() bullet_agreed=()
disagreements=() known_differences=()

run_pass() { # pass-name stap-options stapsharp-command
    local dir="$ROOT/tests/parity/$1" stap_options=$2 command=$3 f name bullet verdict ours lines cache stap_line ok compare_lines
    local files=()
    for f in "$dir"/*.stp; do [ -e "$f" ] && files+=("$f"); done
    [ ${#files[@]} -gt 0 ] || return 0
    local output
    output=$(cd "$dir" && "${STAPSHARP[@]}" "$command" "${files[@]##*/}" 2>&1) || true
    for f in "${files[@]}"; do
        name=${f##*/}
        bullet=$(head -1 "$f" | sed -nE 's/^(#|\/\/) *bullet: *([^ ;]+).*/\2/p')
        bullet=${bullet:-unnamed}
        compare_lines=$CHECK_LINES
        head -1 "$f" | grep -q '; lines differ:' && compare_lines=0
        cache=$(stap_verdict "$stap_options" "$f") || exit 3
        verdict=$(stap_summary "$cache" "$name")
        lines=$(printf '%s\n' "$output" | grep -F "$name(" | sed -nE "s/^$(printf '%s' "$name" | sed 's/[.]/[.]/g')\(([0-9]+),[0-9]+\): error .*/\1/p" | sort -un | tr '\n' ' ') || true
        if [ -n "$lines" ]; then ours="reject $lines"; else ours=accept; fi
        ok=0
        if [ "$verdict" = accept ] && [ "$ours" = accept ]; then ok=1
        elif [ "${verdict%% *}" = reject ] && [ "${ours%% *}" = reject ]; then
            stap_line=${verdict#reject}; stap_line=${stap_line// /}
            if [ "$compare_lines" = 0 ] || [ -z "$stap_line" ] || [[ " $lines " == *" $stap_line "* ]]; then ok=1; fi
        fi
        [ "$1" = known ] || total=$((total + 1))
        bullet_total[$1/$bullet]=$(( ${bullet_total[$1/$bullet]:-0} + 1 ))
        if [ $ok = 1 ]; then
            [ "$1" = known ] || agreed=$((agreed + 1))
            bullet_agreed[$1/$bullet]=$(( ${bullet_agreed[$1/$bullet]:-0} + 1 ))
        else
            if [ "$1" = known ]; then known_differences+=("$1/$name [$bullet]: stap ${verdict% }, stapsharp ${ours% }")
            else disagreements+=("$1/$name [$bullet]: stap ${verdict% }, stapsharp ${ours% }"); fi
        fi
    done
}

build_cli
for pass in $PASSES; do
    case $pass in
        pass1) run_pass pass1 -p1 parse ;;
        pass2) run_pass pass2 -p2 check ;;
        known) run_pass known -p1 parse ;;
    esac
done

echo "stap $STAP_VERSION parity (lines $([ $CHECK_LINES = 1 ] && echo compared || echo ignored))"
for key in $(printf '%s\n' "${!bullet_total[@]}" | sort); do
    printf '  %-40s %3d/%-3d\n' "$key" "${bullet_agreed[$key]:-0}" "${bullet_total[$key]}"
done
for pass in $PASSES; do
    t=0 a=0
    for key in "${!bullet_total[@]}"; do
        [[ $key == "$pass/"* ]] || continue
        t=$((t + bullet_total[$key])); a=$((a + ${bullet_agreed[$key]:-0}))
    done
    [ $t -gt 0 ] && printf '%s: %d/%d agree (%d%%)\n' "$pass" $a $t $((100 * a / t))
done
[ $total -gt 0 ] && printf 'total (pass1 + pass2): %d/%d agree (%d%%)\n' $agreed $total $((100 * agreed / total))
if [ ${#known_differences[@]} -gt 0 ]; then
    echo "known differences (docs/differences.md; not failures):"
    printf '  %s\n' "${known_differences[@]}"
fi
if [ ${#disagreements[@]} -gt 0 ]; then
    echo "disagreements:"
    printf '  %s\n' "${disagreements[@]}"
    exit 1
fi
