#!/usr/bin/env bash
# Installs the Debian packages StapSharp's tests use as real peers, only when they are missing:
# stap 4.8 (differential checks), its runtime and tapsets (the corpus and what generated C compiles
# against), the example scripts, kernel headers (kbuild), and QEMU + busybox + cpio (a real kernel to
# run modules in). Safe to run repeatedly; a no-op when everything is there.
set -euo pipefail

packages=(systemtap systemtap-common systemtap-doc linux-headers-amd64 qemu-system-x86 busybox-static
          cpio xz-utils gcc make hyperfine time
          linux-headers-cloud-amd64 linux-headers-rt-amd64 lz4)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
