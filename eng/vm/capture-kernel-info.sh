#!/bin/bash
# Captures, once per kernel build, what the target kernel says about itself when it runs, and caches it where
# StapSharp's symbol and tracepoint loaders look (src/StapSharp.Syntax/Semantics/Kernel/):
#   /proc/kallsyms                      -> kallsyms.guest            (booted with nokaslr: addresses as in the image)
#   /sys/kernel/debug/kprobes/blacklist -> kprobes-blacklist.guest   (functions kprobes refuse)
#   /sys/kernel/tracing/available_events-> available_events.guest    (SYSTEM:EVENT per line)
# into ${XDG_CACHE_HOME:-~/.cache}/stapsharp/kernel/RELEASE/BUILD-ID/, BUILD-ID being the GNU build id of the booted
# vmlinux. One QEMU boot (TCG: about 10 to 20 s); nothing is loaded into the kernel.
#
# usage: eng/vm/capture-kernel-info.sh [--flavour amd64|cloud|rt] [--force] [--quiet]
# Prints the cache folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=eng/vm/lib.sh
. "$here/lib.sh"

flavour=amd64 force=0 quiet=0
while [ $# -gt 0 ]; do
    case $1 in
    --flavour) flavour=$2; shift 2 ;;
    --force) force=1; shift ;;
    --quiet) quiet=1; shift ;;
    *) vm_die "usage: $0 [--flavour amd64|cloud|rt] [--force] [--quiet]" ;;
    esac
done

env_file=$(vm_env_file "$flavour")
[ -s "$env_file" ] || "$here/prepare.sh" --quiet --flavour "$flavour" >/dev/null
# shellcheck disable=SC1090
. "$env_file"
[ -n "${KVER:-}" ] && [ -s "${VMLINUX:-}" ] || vm_die "$env_file names no kernel (run eng/vm/prepare.sh --flavour $flavour)"
build_id=$(LC_ALL=C readelf -n "$VMLINUX" 2>/dev/null | sed -n 's/^ *Build ID: *\([0-9a-f]*\).*/\1/p' | head -1)
[ -n "$build_id" ] || vm_die "$VMLINUX has no GNU build id (is it the ELF vmlinux that prepare.sh extracts?)"

cache_root=${XDG_CACHE_HOME:-$HOME/.cache}/stapsharp
dest=$cache_root/kernel/$KVER/$build_id
if [ $force = 0 ] && [ -s "$dest/kallsyms.guest" ] && [ -e "$dest/available_events.guest" ]; then
    [ $quiet = 1 ] || vm_log "already captured for $KVER (build id $build_id)"
    echo "$dest"
    exit 0
fi

out=$(mktemp -d "${TMPDIR:-/tmp}/stapsharp-capture.XXXXXX")
trap 'rm -rf "$out"' EXIT
t=$(vm_now)
"$here/run-modules.sh" --quiet --flavour "$flavour" --out "$out/run" --append nokaslr --timeout 60 \
    --job kallsyms 'cat /proc/kallsyms' \
    --job blacklist 'cat /sys/kernel/debug/kprobes/blacklist' \
    --job events 'cat /sys/kernel/tracing/available_events' >"$out/result.txt" ||
    vm_die "the capture boot failed: $(tail -n 5 "$out/result.txt" 2>/dev/null)"
for job in kallsyms blacklist events; do
    [ "$(cat "$out/run/jobs/$job.rc" 2>/dev/null)" = 0 ] || vm_die "guest job $job failed: $(head -c 300 "$out/run/jobs/$job.err" 2>/dev/null)"
done
lines=$(wc -l <"$out/run/jobs/kallsyms.out")
[ "$lines" -gt 1000 ] || vm_die "the guest printed only $lines lines of /proc/kallsyms"
# Addresses of zero would mean kptr_restrict hid them; the symbol names are still worth keeping.
grep -q '^0000000000000000 T ' "$out/run/jobs/kallsyms.out" && vm_log "warning: the guest hid kallsyms addresses"

umask 077
mkdir -p "$dest"
cp "$out/run/jobs/kallsyms.out" "$dest/kallsyms.guest.tmp" && mv "$dest/kallsyms.guest.tmp" "$dest/kallsyms.guest"
cp "$out/run/jobs/blacklist.out" "$dest/kprobes-blacklist.guest.tmp" && mv "$dest/kprobes-blacklist.guest.tmp" "$dest/kprobes-blacklist.guest"
cp "$out/run/jobs/events.out" "$dest/available_events.guest.tmp" && mv "$dest/available_events.guest.tmp" "$dest/available_events.guest"
[ $quiet = 1 ] || vm_log "captured $lines kallsyms lines, $(wc -l <"$dest/kprobes-blacklist.guest") blacklist entries and $(wc -l <"$dest/available_events.guest") events of $KVER in $(vm_elapsed "$t") s"
echo "$dest"
