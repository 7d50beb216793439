#!/bin/bash
# Prepares everything the QEMU test VM needs, cached under ${STAPSHARP_VM_CACHE:-$HOME/.cache/stapsharp/vm}:
#   1. host packages (apt-get install only what is missing, after apt-get update),
#   2. per kernel flavour, the guest kernel of the same ABI as the installed headers meta package
#      (linux-headers-amd64, linux-headers-cloud-amd64, linux-headers-rt-amd64; apt-get download, not installed),
#      as bzImage and as the uncompressed PVH vmlinux (boots ~5 s faster under TCG),
#   3. the busybox base initramfs (busybox, staprun, stapio and their shared libraries),
#   4. a private stap cache (SYSTEMTAP_DIR) seeded with the patched stapconf header, so that plain
#      `stap -r $KVER -p4` works with stap 4.8 on Debian 12's 6.1 kernels (see docs/vm.md).
# It then writes each flavour's environment (sourceable KEY=value lines): $CACHE/vm.env for amd64 (the default),
# $CACHE/vm-FLAVOUR.env for the others, and prints the first flavour's.
# Idempotent and fast when everything is cached. Options: --force (redo everything), --quiet (print only the env),
# --flavour amd64|cloud|rt (repeatable; default: amd64 then cloud, the flavours the VM suite boots; the stap
# cache of step 4 is seeded for amd64 only: modules for the other flavours are built by StapSharp).
# Never loads a module on this machine: stap runs with -p4 only.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

force=0 quiet=0 flavours=()
while [ $# -gt 0 ]; do
    case $1 in
    --force) force=1 ;;
    --quiet) quiet=1 ;;
    --flavour) [ $# -ge 2 ] || vm_die "--flavour needs a value"; vm_flavour_meta "$2" >/dev/null; flavours+=("$2"); shift ;;
    -h | --help) sed -n '2,16p' "$0"; exit 0 ;;
    *) vm_die "unknown argument: $1" ;;
    esac
    shift
done
[ ${#flavours[@]} -gt 0 ] || flavours=(amd64 cloud)
say() { [ $quiet = 1 ] || vm_log "$@"; }

t0=$(vm_now)
metas=()
for f in $VM_FLAVOURS; do metas+=("$(vm_flavour_meta "$f")"); done
vm_ensure_packages qemu-system-x86 busybox-static cpio xz-utils lz4 gzip systemtap systemtap-runtime gcc make binutils \
    "${metas[@]}"

vm_lock
[ $force = 1 ] && rm -rf "$VM_CACHE"/initramfs
[ $force = 1 ] && [[ " ${flavours[*]} " == *" amd64 "* ]] && rm -rf "$VM_CACHE/stap" "$VM_CACHE/ko"

# --- 2. guest kernel -------------------------------------------------------------------------------------------
# extract_vmlinux BZIMAGE: writes the kernel ELF held in the bzImage's xz or lz4 (legacy frame) stream, or nothing.
# The decompressors stop with an error at the bzImage's trailing bytes; the caller checks the ELF magic.
extract_vmlinux() {
    local off
    off=$(LC_ALL=C grep -obUaP '\xfd7zXZ\x00' "$1" | head -1 | cut -d: -f1 || true)
    if [ -n "$off" ]; then
        tail -c +$((off + 1)) "$1" | xz -dc --single-stream 2>/dev/null || true
        return
    fi
    off=$(LC_ALL=C grep -obUaP '\x02\x21\x4c\x18' "$1" | head -1 | cut -d: -f1 || true)
    [ -z "$off" ] || { tail -c +$((off + 1)) "$1" | lz4 -dc 2>/dev/null || true; }
}

# prepare_kernel: the guest kernel of $KVER at the headers' package version $HVER, in $kdir.
prepare_kernel() {
    [ $force = 1 ] && rm -rf "$kdir"
    if [ -s "$kdir/vmlinux" ] && [ -s "$kdir/vmlinuz" ] && [ "$(cat "$kdir/version" 2>/dev/null)" = "$HVER" ]; then
        say "kernel: cached $kdir (linux-image-$KVER $HVER)"
    else
        t=$(vm_now)
        rm -rf "$kdir" && mkdir -p "$kdir/tmp"
        (
            cd "$kdir/tmp"
            # apt-get download needs no root; as root, keep apt from switching to the _apt user (who cannot write here).
            sandbox=() && [ "$(id -u)" != 0 ] || sandbox=(-o APT::Sandbox::User=root)
            dl() { apt-get download -q "${sandbox[@]+"${sandbox[@]}"}" "linux-image-$KVER=$HVER" >&2; }
            dl || { vm_apt update -qq >&2 && dl; } || vm_die "apt-get download linux-image-$KVER=$HVER failed"
        )
        deb=$(ls "$kdir"/tmp/linux-image-"${KVER}"_*.deb)
        dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$kdir/tmp" ./boot
        cp "$kdir/tmp/boot/vmlinuz-$KVER" "$kdir/vmlinuz"
        cp "$kdir/tmp/boot/config-$KVER" "$kdir/config"
        # The bzImage holds a compressed stream (xz for amd64 and rt, lz4 for cloud); the ELF vmlinux inside it has a
        # PVH entry note that QEMU can boot directly.
        extract_vmlinux "$kdir/vmlinuz" >"$kdir/vmlinux.tmp"
        if [ "$(head -c 4 "$kdir/vmlinux.tmp" | od -An -c | tr -d ' ')" = '177ELF' ]; then
            mv "$kdir/vmlinux.tmp" "$kdir/vmlinux"
        else
            say "kernel: could not extract an ELF vmlinux, using the bzImage"
            rm -f "$kdir/vmlinux.tmp" && cp "$kdir/vmlinuz" "$kdir/vmlinux"
        fi
        mv "$deb" "$kdir/"   # kept: its lib/modules tree is the source of in-tree module dependencies
        rm -rf "$kdir/tmp"
        echo "$HVER" >"$kdir/version"
        say "kernel: downloaded linux-image-$KVER $HVER and extracted vmlinuz + vmlinux in $(vm_elapsed "$t") s"
    fi
}

# --- 3. base initramfs -----------------------------------------------------------------------------------------
STAPRUN=/usr/bin/staprun STAPIO=/usr/lib/systemtap/stapio BUSYBOX=/bin/busybox
base_key=$( (echo base-v1; cat "$BUSYBOX" "$STAPRUN" "$STAPIO"; ldd "$STAPRUN" "$STAPIO" | sed 's/ (0x[0-9a-f]*)//') | vm_sha)
BASE=$VM_CACHE/initramfs/base-$base_key.cpio.gz
if [ -s "$BASE" ]; then
    say "initramfs: cached $BASE"
else
    t=$(vm_now)
    mkdir -p "$VM_CACHE/initramfs"
    root=$(mktemp -d "$VM_CACHE/initramfs/root.XXXXXX")
    mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp,run,stap,etc,root}
    cp "$BUSYBOX" "$root/bin/busybox"
    for a in $("$BUSYBOX" --list-full); do
        [ -e "$root/$a" ] || ln -s /bin/busybox "$root/$a"
    done
    vm_copy_with_libs "$root" "$STAPRUN"
    vm_copy_with_libs "$root" "$STAPIO"
    echo 'root:x:0:0:root:/root:/bin/sh' >"$root/etc/passwd"
    echo 'root:x:0:' >"$root/etc/group"
    vm_cpio "$root" "$BASE.tmp" && mv "$BASE.tmp" "$BASE"
    find "$VM_CACHE/initramfs" -name 'base-*.cpio.gz' ! -path "$BASE" -delete
    rm -rf "$root"
    say "initramfs: built $BASE ($(du -k "$BASE" | cut -f1) KB) in $(vm_elapsed "$t") s"
fi

# --- 4. private stap cache with the patched stapconf -----------------------------------------------------------
# seed_stapconf LABEL STAMP [STAP_OPTION...]: builds a one-line script with `stap -p4` (never loading it). When stock
# stap fails only because of the task_work_cancel backport, removes STAPCONF_UTRACE_VIA_TRACEPOINTS from the
# stapconf header stap generated, puts the header in the cache and checks that stap -p4 now works. Writes what it
# did to STAMP. Each set of stap options (plain, guru) has its own stapconf hash, hence its own seed.
seed_stapconf() {
    local label=$1 stamp_file=$2
    shift 2
    local t work how dir conf h
    t=$(vm_now)
    work=$(mktemp -d "$VM_CACHE/seed.XXXXXX")
    mkdir -p "$work/tmp"
    echo 'probe oneshot { printf("hello, world!\n") }' >"$work/seedcheck.stp"
    if (cd "$work" && TMPDIR=$work/tmp stap -r "$KVER" -p4 "$@" -k -m seedcheck seedcheck.stp >stap.out 2>stap.err); then
        how="stock $label works, no stapconf patch needed"
    else
        dir=$(sed -n 's/^Keeping temporary directory "\(.*\)"$/\1/p' "$work/stap.err")
        conf=$(ls "$dir"/stapconf_*_*.h 2>/dev/null | grep -v stapconf_export || true)
        if [ -z "$conf" ] || ! grep -q 'task_work_cancel' "$work/stap.err"; then
            cat "$work/stap.err" >&2
            vm_die "$label failed for an unexpected reason (see above)"
        fi
        # stap 4.8's runtime does not build against kernels with the task_work_cancel_func backport, and only
        # compiles that code because of this define. Without it, the runtime uses its task-finder stubs.
        sed -i '/STAPCONF_UTRACE_VIA_TRACEPOINTS/d' "$conf"
        h=$(basename "$conf" .h) && h=${h#stapconf_}
        mkdir -p "$SYSTEMTAP_DIR/cache/${h:0:2}"
        cp "$conf" "$SYSTEMTAP_DIR/cache/${h:0:2}/"
        how="patched $(basename "$conf") (no STAPCONF_UTRACE_VIA_TRACEPOINTS)"
        rm -rf "$dir"
        (cd "$work" && TMPDIR=$work/tmp stap -r "$KVER" -p4 "$@" -m seedcheck seedcheck.stp >stap.out 2>stap.err) || {
            cat "$work/stap.err" >&2
            vm_die "$label still fails after seeding the stapconf cache"
        }
    fi
    rm -rf "$work"
    echo "$how" >"$stamp_file"
    say "stap cache: $how, checked with $label, in $(vm_elapsed "$t") s"
}

# seed_stap_cache: seeds $SYSTEMTAP_DIR for $KVER (the amd64 flavour's; build-stp.sh builds for it).
seed_stap_cache() {
    local build seed_key stamp guru_stamp
    build=$(readlink -f "/lib/modules/$KVER/build")
    seed_key=$( (stap -V 2>&1 | head -1; echo "$KVER $HVER"; stat -c '%n %s %Y' "$build/.config" "$build/Makefile" \
        "$(readlink -f "$(command -v gcc)")" /usr/bin/stap; gcc --version | head -1) | vm_sha)
    stamp=$SYSTEMTAP_DIR/seeded-$KVER-$seed_key
    # The stapconf hash covers the stap version, the kernel build tree and the compiler (their paths, sizes and
    # mtimes), so the seed is redone whenever one of those changes.
    if [ -e "$stamp" ]; then
        say "stap cache: seeded $SYSTEMTAP_DIR ($(cat "$stamp"))"
    else
        rm -rf "$SYSTEMTAP_DIR" && mkdir -p "$SYSTEMTAP_DIR"
        seed_stapconf "stap -p4" "$stamp"
    fi

    # Guru mode (-g, for test scripts marked `// vm: guru=1`) gives stap another stapconf hash: seed that header too.
    # Added next to the plain seed (never clearing the cache), with its own stamp.
    guru_stamp=$SYSTEMTAP_DIR/seeded-guru-$KVER-$seed_key
    if [ -e "$guru_stamp" ]; then
        say "stap cache (guru): seeded ($(cat "$guru_stamp"))"
    else
        seed_stapconf "stap -p4 -g" "$guru_stamp" -g
    fi
}

# --- vm.env ----------------------------------------------------------------------------------------------------
# write_env ENV_FILE: the flavour's environment, read by run-modules.sh, build-stp.sh and the C# harness.
write_env() {
    cat >"$1.tmp" <<EOF
FLAVOUR=$flavour
KVER=$KVER
KERNEL_PKG_VERSION=$HVER
VMLINUX=$kdir/vmlinux
VMLINUZ=$kdir/vmlinuz
BASE_INITRAMFS=$BASE
SYSTEMTAP_DIR=$SYSTEMTAP_DIR
STAP_VERSION=$(stap -V 2>&1 | sed -n '1s/^[^(]*(version \([^ ,]*\).*/\1/p')
EOF
    mv "$1.tmp" "$1"
}

export SYSTEMTAP_DIR=$VM_CACHE/stap
for flavour in "${flavours[@]}"; do
    meta=$(vm_flavour_meta "$flavour")
    KVER=$(vm_kver "$flavour")
    [ -n "$KVER" ] || vm_die "cannot derive the kernel ABI of flavour $flavour from $meta (is it installed?)"
    vm_ensure_packages "linux-headers-$KVER"
    HVER=$(vm_pkgver "linux-headers-$KVER")
    [ -d "/lib/modules/$KVER/build" ] || vm_die "/lib/modules/$KVER/build is missing"
    kdir=$VM_CACHE/kernel/$KVER
    prepare_kernel
    [ "$flavour" != amd64 ] || seed_stap_cache
    write_env "$(vm_env_file "$flavour")"
done
vm_unlock
env_file=$(vm_env_file "${flavours[0]}")
say "prepare: done (${flavours[*]}) in $(vm_elapsed "$t0") s; environment in $env_file:"
cat "$env_file"
