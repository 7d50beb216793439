#!/bin/bash
# Runs test scripts in ONE VM boot and compares each with its expected output, without .NET:
# NAME.stp is built with stap -p4 (build-stp.sh, cached), run with staprun in the guest, and its stdout, stderr,
# exit status and time-out state must equal NAME.out, NAME.err (absent = empty) and the `// vm: rc=N
# timeout=S timedout=0|1 while="COMMAND"` comment (defaults 0, 20, 0, none; `while` is a guest command run alongside
# the module, see run-modules.sh --while); no module may stay loaded.
#
# usage: check-scripts.sh [--modules DIR] [--out DIR] [SCRIPT.stp]...
#   SCRIPT.stp...   default: tests/vm-scripts/*.stp
#   --modules DIR   take DIR/NAME.ko instead of building with stap, e.g. modules built from StapSharp's
#                   generated C, to check them against the same expected outputs
#   --out DIR       keep run-modules.sh's files (serial log, per-job output) in DIR
#   --flavour NAME  boot that kernel flavour (amd64, cloud, rt; see prepare.sh); needs --modules built for it
# Prints PASS/FAIL per script with a diff for failures; exits 1 if any failed, 3 if the VM did not finish.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

moddir='' out='' flavour=amd64
while [ $# -gt 0 ]; do
    case $1 in
    --modules) moddir=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --flavour) flavour=$2; shift 2 ;;
    -h | --help) sed -n '2,15p' "$0"; exit 0 ;;
    -*) vm_die "unknown option: $1" ;;
    *) break ;;
    esac
done
scripts=("$@")
[ ${#scripts[@]} -gt 0 ] || scripts=("$VM_LIB_DIR"/../../tests/vm-scripts/*.stp)

work=$(mktemp -d "${TMPDIR:-/tmp}/stapsharp-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
out=${out:-$work/out}

meta() { # script key default; while="..." is quoted (it has spaces) and cut out before the other keys are split
    local v
    if [ "$2" = while ]; then
        v=$(sed -n 's,^[[:space:]]*// vm:.*[[:space:]]while="\([^"]*\)".*,\1,p' "$1" | tail -1)
    else
        v=$(sed -n 's,^[[:space:]]*// vm:,,p' "$1" | sed 's/while="[^"]*"//' | tr ' ' '\n' | sed -n "s/^$2=//p" | tail -1)
    fi
    echo "${v:-$3}"
}

[ "$flavour" = amd64 ] || [ -n "$moddir" ] || vm_die "--flavour $flavour needs --modules (build-stp.sh builds for amd64 only)"
if [ -z "$moddir" ]; then
    "$VM_LIB_DIR/build-stp.sh" -o "$work/ko" "${scripts[@]}" >/dev/null
    moddir=$work/ko
fi

args=()
for s in "${scripts[@]}"; do
    n=$(basename "$s" .stp | tr '-' '_')
    [ -f "$moddir/$n.ko" ] || vm_die "no module $moddir/$n.ko for $s"
    args+=(--timeout "$(meta "$s" timeout 20)")
    w=$(meta "$s" while '')
    [ -z "$w" ] || args+=(--while "$w")
    args+=(--ko "$moddir/$n.ko")
done

set +e
"$VM_LIB_DIR/run-modules.sh" --quiet --flavour "$flavour" --out "$out" "${args[@]}" >"$work/results.txt"
rc=$?
set -e
cat "$work/results.txt"
[ $rc = 0 ] || { vm_log "run-modules.sh failed with exit status $rc (files in $out)"; exit 3; }

failed=0
for s in "${scripts[@]}"; do
    n=$(basename "$s" .stp | tr '-' '_') base=${s%.stp} problems=()
    exp_err=/dev/null && [ ! -f "$base.err" ] || exp_err=$base.err
    line=$(grep "^RESULT $n " "$work/results.txt" || true)
    if [ -z "$line" ]; then
        problems+=("did not run")
    else
        cmp -s "$base.out" "$out/jobs/$n.out" || problems+=("stdout differs")
        cmp -s "$exp_err" "$out/jobs/$n.err" || problems+=("stderr differs")
        [[ $line == *" rc=$(meta "$s" rc 0) "* ]] || problems+=("exit status")
        [[ $line == *" timedout=$(meta "$s" timedout 0) "* ]] || problems+=("time-out state")
        [[ $line == *" lsmod=empty "* ]] || problems+=("module left loaded")
    fi
    if [ ${#problems[@]} = 0 ]; then
        echo "PASS $n"
    else
        failed=1
        echo "FAIL $n: ${problems[*]}"
        diff -u --label "expected $n.out" --label "actual stdout" "$base.out" "$out/jobs/$n.out" || true
        diff -u --label "expected stderr" --label "actual stderr" "$exp_err" "$out/jobs/$n.err" || true
    fi
done
exit $failed
