#!/bin/bash
# Builds SystemTap scripts into kernel modules with the real stap (pass 4 only, never loaded here), for the
# kernel prepared by prepare.sh, and caches each .ko under $CACHE/ko/<hash of script, name, stap args, stap
# version, KVER and stapconf seed>/NAME.ko so that unchanged scripts are never rebuilt.
#
# usage: build-stp.sh [-o OUTDIR] [-a STAP_ARG]... SCRIPT.stp[=MODULE_NAME]...
#   MODULE_NAME defaults to the file name without .stp ('-' becomes '_'); it must be a C identifier.
#   -o OUTDIR   also copy each NAME.ko to OUTDIR
#   -a ARG      extra stap argument (e.g. -a -DMAXACTION=10000), for every script
#   -j N        build up to N modules at once (default: the number of CPUs)
# Prints one line per module: NAME<TAB>ABSOLUTE_PATH_OF_KO. On a failed build prints stap's stderr, exits 1.
# The script is compiled as "NAME.stp" from a scratch folder, so that error locations compiled into the
# module (e.g. "ERROR: ... at NAME.stp:3:9") do not depend on where the script lives.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

outdir='' stap_args=() par=$(nproc)
while [ $# -gt 0 ]; do
    case $1 in
    -o) outdir=$2; shift 2 ;;
    -a) stap_args+=("$2"); shift 2 ;;
    -j) par=$2; shift 2 ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    --) shift; break ;;
    -*) vm_die "unknown option: $1" ;;
    *) break ;;
    esac
done
[ $# -gt 0 ] || vm_die "usage: build-stp.sh [-o OUTDIR] [-a STAP_ARG]... SCRIPT.stp[=NAME]..."

[ -s "$VM_CACHE/vm.env" ] || "$VM_LIB_DIR/prepare.sh" --quiet >/dev/null
# shellcheck disable=SC1091
source "$VM_CACHE/vm.env"
export SYSTEMTAP_DIR
seed=$(basename "$(ls "$SYSTEMTAP_DIR"/seeded-"$KVER"-* 2>/dev/null | head -1)")
[ -n "$seed" ] || vm_die "the stap cache is not seeded: run eng/vm/prepare.sh"
[ -z "$outdir" ] || mkdir -p "$outdir"

# Builds one script; writes "NAME<TAB>KO" to $3 on success.
build_one() { # src name resultfile
    local src=$1 name=$2 key dir t work guru=()
    # `// vm: guru=1` in the script: stap -g for it alone (the script has embedded C of its own).
    if sed -n 's,^[[:space:]]*// vm:,,p' "$src" | tr ' ' '\n' | grep -qx 'guru=1'; then guru=(-g); fi
    key=$( (echo "ko-v1 $name $KVER $STAP_VERSION $seed"; printf '%s\n' "${stap_args[@]+"${stap_args[@]}"}"; cat "$src") |
        vm_sha)
    dir=$VM_CACHE/ko/$key
    if [ ! -s "$dir/$name.ko" ]; then
        t=$(vm_now)
        work=$(mktemp -d "$VM_CACHE/build.XXXXXX")
        cp "$src" "$work/$name.stp"
        if (cd "$work" && TMPDIR=$work stap -r "$KVER" -p4 -m "$name" ${guru[@]+"${guru[@]}"} ${stap_args[@]+"${stap_args[@]}"} "$name.stp" \
            >"$work/stap.out" 2>"$work/stap.err"); then
            mkdir -p "$dir.tmp.$BASHPID"
            cp "$work/$name.ko" "$work/stap.err" "$dir.tmp.$BASHPID/"
            # Another build of the same key may have won the race; either copy is fine.
            rm -rf "$dir" && mv -T "$dir.tmp.$BASHPID" "$dir" 2>/dev/null || rm -rf "$dir.tmp.$BASHPID"
            vm_log "built $name.ko from $src in $(vm_elapsed "$t") s"
        else
            vm_log "stap -p4 failed for $src:"
            cat "$work/stap.err" >&2
            if grep -q 'task_work_cancel' "$work/stap.err"; then
                vm_log "hint: the seeded stapconf no longer matches this stap/kernel/compiler; run eng/vm/prepare.sh --force"
            fi
            rm -rf "$work"
            return 1
        fi
        rm -rf "$work"
    fi
    printf '%s\t%s\n' "$name" "$dir/$name.ko" >"$3"
}

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
i=0 names=()
for spec in "$@"; do
    src=${spec%%=*}
    if [ "$spec" != "$src" ]; then name=${spec#*=}; else name=$(basename "$src" .stp | tr '-' '_'); fi
    [[ $name =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || vm_die "bad module name '$name' (a C identifier is needed)"
    [ -f "$src" ] || vm_die "no such script: $src"
    names+=("$name")
    while [ "$(jobs -rp | wc -l)" -ge "$par" ]; do wait -n || true; done
    build_one "$src" "$name" "$results/$i" &
    i=$((i + 1))
done
wait || true

status=0
for ((j = 0; j < i; j++)); do
    if [ ! -s "$results/$j" ]; then status=1; continue; fi
    IFS=$'\t' read -r name ko <"$results/$j"
    if [ -n "$outdir" ]; then cp "$ko" "$outdir/$name.ko" && ko=$(cd "$outdir" && pwd)/$name.ko; fi
    printf '%s\t%s\n' "$name" "$ko"
done
exit $status
