# shellcheck shell=bash
# Shared helpers for eng/vm/*.sh. Sourced, never executed.
#
# Never load a kernel module on the host: stap is only ever run with -p4 here, and staprun only in the guest.

VM_CACHE=${STAPSHARP_VM_CACHE:-$HOME/.cache/stapsharp/vm}
VM_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

vm_log() { printf '[vm] %s\n' "$*" >&2; }
vm_die() { printf '[vm] error: %s\n' "$*" >&2; exit 2; }

# Now in seconds with milliseconds, for timings.
vm_now() { date +%s.%N | cut -c1-14; }
vm_elapsed() { awk -v a="$1" -v b="$(vm_now)" 'BEGIN { printf "%.1f", b - a }'; }

vm_sha() { sha256sum | cut -c1-16; }

# Runs apt-get as root (directly or through sudo).
vm_apt() {
    if [ "$(id -u)" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get "$@"
    elif command -v sudo >/dev/null; then
        sudo DEBIAN_FRONTEND=noninteractive apt-get "$@"
    else
        vm_die "apt-get $* needs root (no sudo found)"
    fi
}

# Installs the given Debian packages, but only those that are missing (apt-get update first, and only then).
vm_ensure_packages() {
    local missing=() p
    for p in "$@"; do
        if [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | cut -c1-2)" != ii ]; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    vm_log "installing missing packages: ${missing[*]}"
    vm_apt update -qq >&2 || vm_die "apt-get update failed"
    vm_apt install -y -qq --no-install-recommends "${missing[@]}" >&2 || vm_die "apt-get install failed: ${missing[*]}"
}

# Debian 12's kernel flavours for amd64, each with its own headers meta package: amd64 (the default,
# linux-headers-amd64), cloud (linux-headers-cloud-amd64: a much smaller .config for virtual machines) and
# rt (linux-headers-rt-amd64: PREEMPT_RT). The ABI of each is read from its meta package, never spelled.
VM_FLAVOURS='amd64 cloud rt'
vm_flavour_meta() {
    case $1 in
    amd64) echo linux-headers-amd64 ;;
    cloud | rt) echo "linux-headers-$1-amd64" ;;
    *) vm_die "unknown kernel flavour '$1' (known: $VM_FLAVOURS)" ;;
    esac
}

# The kernel ABI string of flavour $1 (default amd64; e.g. 6.1.0-NN-amd64, 6.1.0-NN-cloud-amd64): the dependency
# of its installed headers meta package. STAPSHARP_KVER overrides the amd64 flavour's. The headers we build against
# and the guest kernel must have the same ABI.
vm_kver() {
    local flavour=${1:-amd64}
    if [ "$flavour" = amd64 ] && [ -n "${STAPSHARP_KVER:-}" ]; then echo "$STAPSHARP_KVER"; return; fi
    dpkg-query -W -f='${Depends}' "$(vm_flavour_meta "$flavour")" 2>/dev/null |
        tr ',' '\n' | sed -n 's/^ *linux-headers-\([0-9][^ ]*\).*/\1/p' | head -1
}

# The vm.env of flavour $1 (default amd64): $CACHE/vm.env for amd64 (as before flavours), $CACHE/vm-NAME.env otherwise.
vm_env_file() {
    local flavour=${1:-amd64}
    vm_flavour_meta "$flavour" >/dev/null
    if [ "$flavour" = amd64 ]; then echo "$VM_CACHE/vm.env"; else echo "$VM_CACHE/vm-$flavour.env"; fi
}

# Version of an installed package, or nothing.
vm_pkgver() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true; }

# Takes an exclusive lock on $VM_CACHE/.lock for the rest of the calling shell (fd 9).
vm_lock() {
    mkdir -p "$VM_CACHE"
    exec 9>"$VM_CACHE/.lock"
    flock 9
}

vm_unlock() { exec 9>&-; }

# Copies an ELF file and every shared library ldd reports for it into root $1, keeping absolute paths.
# $2 = host path, $3 = guest path (default: same as host).
vm_copy_with_libs() {
    local root=$1 src=$2 dst=${3:-$2} lib
    [ -e "$src" ] || vm_die "no such file: $src"
    mkdir -p "$root$(dirname "$dst")"
    cp -L "$src" "$root$dst"
    # ldd prints nothing useful for static binaries and scripts; that is fine.
    for lib in $(ldd "$src" 2>/dev/null | grep -o '/[^ ]*' || true); do
        [ -e "$root$lib" ] || { mkdir -p "$root$(dirname "$lib")"; cp -L "$lib" "$root$lib"; }
    done
}

# Writes a gzip'd newc cpio of directory $1 to $2 (root-owned entries whatever user builds it).
vm_cpio() {
    (cd "$1" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet | gzip -6) >"$2"
}
