#!/bin/bash
# Boots the prepared Debian kernel in QEMU once and runs a list of jobs in the guest, one after the other:
# by default `staprun` on SystemTap modules, but a job can run any command (e.g. a NativeAOT binary copied in
# with --exec). Each job's stdout and stderr are captured separately and bracketed on the serial console with
# markers that carry a per-run nonce. Every job has a time limit (SIGINT, then SIGKILL after a grace period),
# and QEMU itself is killed at a hard limit, so the run always ends.
#
# usage: run-modules.sh [options] [JOB]...
# Jobs (run in the order given):
#   --ko PATH.ko            run `staprun -C never /stap/NAME.ko`; NAME = the module's modinfo name=
#                           (staprun needs the file named after the module), else the file name
#   --job NAME COMMAND      run COMMAND (a simple shell command: words, quotes, VAR=value prefixes,
#                           redirections; wrap pipelines in `sh -c '...'`) as job NAME
#   --jobs FILE             read jobs from FILE, one per line: `NAME TIMEOUT COMMAND...` (# starts a comment)
#   --timeout SECONDS       time limit of the jobs that follow (default 30); SIGINT when it expires
#   --while COMMAND         run COMMAND in the guest alongside the NEXT job (e.g. to read or write its procfs
#                           files), from when the job starts until it ends; $MODULE in it becomes the module
#                           name (--ko) or the job name (--job). It must wait for what it needs itself, e.g.
#                           `until [ -e /proc/systemtap/$MODULE/f ]; do sleep 0.1; done`. Its output is dropped.
#   --grace SECONDS         SIGKILL this long after the SIGINT (default 10)
# Files put into the guest (a cpio overlay appended to the cached base initramfs):
#   --file HOST[=GUEST]     copy a file (default guest path /stap/files/<name>)
#   --exec HOST[=GUEST]     copy an executable and every shared library `ldd` lists for it
#                           (default guest path /usr/local/bin/<name>, which is on the guest's PATH)
#   --kmod NAME             modprobe this in-tree kernel module (and its dependencies) before the jobs;
#                           the `depends=` of every --ko module is added automatically
# Other options:
#   --out DIR               keep the results in DIR (default: a temporary folder, deleted at the end)
#   --hard-limit SECONDS    kill QEMU after this long (default: 90 + the sum of job timeouts and graces)
#   --mem MB                guest memory (default 1024)        --smp N   guest CPUs (default 2)
#   --append ARGS           extra kernel command line          --dmesg   dump the whole guest dmesg
#   --flavour NAME          boot this kernel flavour (amd64, the default, cloud or rt; prepare.sh --flavour NAME)
#   --strict                exit 1 if a job failed (rc != 0, timed out, or left a module loaded)
#   --quiet                 print only the RESULT lines
# Environment: STAPSHARP_VM_ACCEL=tcg|kvm forces the accelerator (default: kvm only when /dev/kvm is writable
# and the CPU flags show vmx/svm, see docs/vm.md); STAPSHARP_VM_KERNEL=bzimage boots vmlinuz instead of the
# PVH vmlinux.
#
# Output (stdout), one line per job, then a summary line:
#   RESULT <name> rc=<n> timedout=<0|1|2> seconds=<guest seconds> lsmod=<empty|m1,m2> taint=<n>
#   VM completed=<0|1> jobs=<n> boot_seconds=<s> wall_seconds=<s> accel=<tcg|kvm> out=<dir>
#   timedout: 0 = exited by itself, 1 = stopped by SIGINT at its time limit, 2 = needed SIGKILL.
# Files in --out DIR: serial.log (raw), serial.txt (CR removed), nonce, jobs/<name>.{out,err,rc}, results.tsv.
# Exit status: 0 when the guest ran every job (job failures are in the RESULT lines unless --strict),
# 3 when the VM did not finish (QEMU hard limit or a crash), 2 on bad usage.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

timeout_s=30 grace_s=10 outdir='' hard_limit='' mem=1024 smp=2 append='' dmesg_all=0 strict=0 quiet=0 flavour=amd64
stage=$(mktemp -d "${TMPDIR:-/tmp}/stapsharp-vm.XXXXXX")
ov=$stage/overlay
mkdir -p "$ov/stap" "$ov/stap/files" "$ov/stap/while" "$ov/usr/local/bin"
jobs_file=$ov/stap/jobs
: >"$jobs_file"
njobs=0 sum_limits=0 kmods=() while_cmd=
say() { [ $quiet = 1 ] || vm_log "$@"; }
cleanup() { rm -rf "$stage"; }
trap cleanup EXIT

add_job() { # name timeout command
    [[ $1 =~ ^[A-Za-z0-9_.+-]+$ ]] || vm_die "bad job name '$1' (letters, digits and _.+- only)"
    [[ $2 =~ ^[0-9]+$ ]] || vm_die "bad timeout '$2' for job $1"
    [ -n "$3" ] || vm_die "job $1 has no command"
    if awk -v n="$1" '$1 == n { f = 1 } END { exit !f }' "$jobs_file"; then vm_die "duplicate job name '$1'"; fi
    printf '%s %s %s\n' "$1" "$2" "$3" >>"$jobs_file"
    njobs=$((njobs + 1)) sum_limits=$((sum_limits + $2 + grace_s + 2))
    if [ -n "$while_cmd" ]; then
        printf '%s\n' "${while_cmd//\$MODULE/${4:-$1}}" >"$ov/stap/while/$1"
        while_cmd=''
    fi
}

while [ $# -gt 0 ]; do
    case $1 in
    --ko)
        [ -f "$2" ] || vm_die "no such module: $2"
        modinfo=$(objcopy -O binary --only-section=.modinfo "$2" /dev/stdout 2>/dev/null | tr '\0' '\n')
        # staprun names the module after the file, so the guest copy is named after the module's own name=
        n=$(echo "$modinfo" | sed -n 's/^name=//p' | head -1)
        [ -n "$n" ] || n=$(basename "$2" .ko)
        [ "$n" = "$(basename "$2" .ko)" ] || say "note: $2 is module '$n'; running it as $n"
        cp "$2" "$ov/stap/$n.ko"
        add_job "$n" "$timeout_s" "staprun -C never /stap/$n.ko" "$n"
        # in-tree modules this one needs (modinfo depends=), loaded in the guest before the jobs
        for d in $(echo "$modinfo" | sed -n 's/^depends=//p' | tr ',' ' '); do kmods+=("$d"); done
        shift 2 ;;
    --job) add_job "$2" "$timeout_s" "$3"; shift 3 ;;
    --jobs)
        while read -r n t c; do
            case $n in '' | '#'*) continue ;; esac
            add_job "$n" "$t" "$c"
        done <"$2"
        shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --while) [ -n "$2" ] && [[ $2 != *$'\n'* ]] || vm_die "--while needs a one-line command"; while_cmd=$2; shift 2 ;;
    --grace) grace_s=$2; shift 2 ;;
    --file | --exec)
        host=${2%%=*}
        if [ "$host" != "$2" ]; then guest=${2#*=}; elif [ "$1" = --file ]; then guest=/stap/files/$(basename "$host");
        else guest=/usr/local/bin/$(basename "$host"); fi
        [[ $guest == /* ]] || vm_die "guest path must be absolute: $guest"
        if [ "$1" = --exec ]; then vm_copy_with_libs "$ov" "$host" "$guest"; chmod +x "$ov$guest";
        else [ -e "$host" ] || vm_die "no such file: $host"; mkdir -p "$ov$(dirname "$guest")"; cp -L "$host" "$ov$guest"; fi
        shift 2 ;;
    --kmod) kmods+=("$2"); shift 2 ;;
    --out) outdir=$2; shift 2 ;;
    --hard-limit) hard_limit=$2; shift 2 ;;
    --mem) mem=$2; shift 2 ;;
    --smp) smp=$2; shift 2 ;;
    --append) append=$2; shift 2 ;;
    --flavour) flavour=$2; vm_flavour_meta "$flavour" >/dev/null || exit 2; shift 2 ;;
    --dmesg) dmesg_all=1; shift ;;
    --strict) strict=1; shift ;;
    --quiet) quiet=1; shift ;;
    -h | --help) sed -n '2,47p' "$0"; exit 0 ;;
    *) vm_die "unknown argument: $1 (see --help)" ;;
    esac
done
[ $njobs -gt 0 ] || vm_die "no jobs given (see --help)"
[ -z "$while_cmd" ] || vm_die "--while must come before the job it goes with"

command -v qemu-system-x86_64 >/dev/null || vm_die "qemu-system-x86_64 not found: run eng/vm/prepare.sh"
env_file=$(vm_env_file "$flavour")
[ -s "$env_file" ] || "$VM_LIB_DIR/prepare.sh" --quiet --flavour "$flavour" >/dev/null
# shellcheck disable=SC1090
source "$env_file"
[ -s "$BASE_INITRAMFS" ] && [ -s "$VMLINUX" ] || vm_die "VM cache incomplete: run eng/vm/prepare.sh"

# In-tree kernel modules: the image package's lib/modules tree (extracted once into the cache, ~400 MB) gives
# the .ko files; busybox depmod writes modules.dep for the copies in the overlay, and the guest modprobes them.
: >"$ov/stap/kmods"
if [ ${#kmods[@]} -gt 0 ]; then
    mt=$VM_CACHE/kernel/$KVER/modtree
    if [ ! -e "$mt/.done" ]; then
        vm_lock
        if [ ! -e "$mt/.done" ]; then
            say "extracting lib/modules of linux-image-$KVER into $mt (once)"
            rm -rf "$mt" && mkdir -p "$mt"
            dpkg-deb --fsys-tarfile "$(ls "$VM_CACHE/kernel/$KVER"/linux-image-*.deb)" | tar -x -C "$mt" ./lib/modules
            busybox depmod -b "$mt" "$KVER"
            touch "$mt/.done"
        fi
        vm_unlock
    fi
    mdir=lib/modules/$KVER
    declare -A kseen=()
    # Copies module $1 (a name or an alias) with its hard dependencies (modules.dep) and its soft "pre:"
    # dependencies (modinfo softdep=, e.g. libcrc32c needs a crc32c implementation), recursively.
    add_kmod() {
        local k=${1//-/_} line f t names
        [ -z "${kseen[$k]:-}" ] || return 0
        kseen[$k]=1
        line=$(awk -v k="$k" '{ n = $1; sub(/:$/, "", n); sub(/.*\//, "", n); sub(/\.ko.*$/, "", n); gsub(/-/, "_", n)
            if (n == k) { print; exit } }' "$mt/$mdir/modules.dep")
        if [ -z "$line" ]; then
            names=$(awk -v a="$1" '$1 == "alias" && $2 == a { print $3 }' "$mt/$mdir/modules.alias")
            [ -n "$names" ] || return 1
            for t in $names; do add_kmod "$t" || true; done
            return 0
        fi
        for f in $(echo "$line" | tr -d ':'); do
            [ -e "$ov/$mdir/$f" ] && continue
            mkdir -p "$ov/$mdir/$(dirname "$f")" && cp "$mt/$mdir/$f" "$ov/$mdir/$f"
            for t in $(objcopy -O binary --only-section=.modinfo "$mt/$mdir/$f" /dev/stdout 2>/dev/null | tr '\0' '\n' |
                sed -n 's/^softdep=//p' | sed 's/post:.*//; s/pre://g'); do
                add_kmod "$t" || vm_log "warning: soft dependency '$t' of $f not found"
            done
        done
    }
    for k in "${kmods[@]}"; do
        add_kmod "$k" || vm_die "no in-tree kernel module '$k' in linux-image-$KVER"
        echo "$k" >>"$ov/stap/kmods"
    done
    cp "$mt/$mdir"/modules.{order,builtin} "$ov/$mdir/" 2>/dev/null || true
    busybox depmod -b "$ov" "$KVER"
fi

nonce=$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')
M="@@STAPSHARP-VM $nonce"
echo "$nonce" >"$ov/stap/nonce"
echo "$grace_s" >"$ov/stap/grace"
echo "$dmesg_all" >"$ov/stap/dmesg_all"

# The guest's /init (busybox sh). Job lines are "NAME TIMEOUT COMMAND".
cat >"$ov/init" <<'INIT'
#!/bin/sh
export PATH=/usr/local/bin:/usr/local/sbin:/bin:/sbin:/usr/bin:/usr/sbin HOME=/root
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
exec </dev/console >/dev/console 2>&1
mount -t debugfs debugfs /sys/kernel/debug 2>/dev/null
mount -t tracefs tracefs /sys/kernel/tracing 2>/dev/null
mount -t tmpfs tmpfs /tmp
mount -t tmpfs tmpfs /run
M="@@STAPSHARP-VM $(cat /stap/nonce)"
GRACE=$(cat /stap/grace)
up() { cut -d' ' -f1 /proc/uptime; }
# Prints a captured file between the markers; eol=0 means the file did not end with a newline (one was added).
dump() {
    n=$(wc -c <"$2")
    if [ "$n" -gt 0 ] && [ "$(tail -c 1 "$2" | wc -l)" = 0 ]; then eol=0; else eol=1; fi
    echo "$M $1 $3 bytes=$n eol=$eol"
    cat "$2"
    [ $eol = 1 ] || echo
}
echo "$M INIT uptime=$(up) kernel=$(uname -r)"
for k in $(cat /stap/kmods); do
    modprobe "$k" >/tmp/kmod.out 2>&1
    echo "$M KMOD $k rc=$?"
    cat /tmp/kmod.out
done
# Modules loaded before the jobs (the --kmod ones) are the baseline; END lists only the others.
{ echo '-none-'; cut -d' ' -f1 /proc/modules; } >/tmp/base.mods
while read -r name tmo cmd; do
    rm -f /tmp/job.pid /tmp/job.timedout
    echo "$M BEGIN $name uptime=$(up)"
    start=$(up)
    # The watcher: SIGINT to the job at its time limit, SIGKILL after the grace period.
    (
        sleep "$tmo"
        p=$(cat /tmp/job.pid 2>/dev/null) && kill -0 "$p" 2>/dev/null || exit 0
        echo 1 >/tmp/job.timedout
        kill -INT "$p"
        sleep "$GRACE"
        kill -0 "$p" 2>/dev/null && { echo 2 >/tmp/job.timedout; kill -KILL "$p"; }
    ) </dev/null >/dev/null 2>&1 &
    watcher=$!
    # The job's companion command (--while), in its own session so that the whole group can be stopped after the job.
    companion=''
    if [ -f "/stap/while/$name" ]; then
        setsid sh "/stap/while/$name" </dev/null >/dev/null 2>&1 &
        companion=$!
    fi
    # The job runs in the foreground (so SIGINT is not ignored) and exec's its command, keeping the pid.
    sh -c 'echo $$ >/tmp/job.pid; eval "exec env $1"' "$name" "$cmd" </dev/null >/tmp/job.out 2>/tmp/job.err
    rc=$?
    kill "$watcher" 2>/dev/null
    [ -z "$companion" ] || kill -KILL -- "-$companion" 2>/dev/null
    end=$(up)
    to=$(cat /tmp/job.timedout 2>/dev/null || echo 0)
    dump STDOUT /tmp/job.out "$name"
    dump STDERR /tmp/job.err "$name"
    mods=$(cut -d' ' -f1 /proc/modules | grep -vxF -f /tmp/base.mods | tr '\n' ',' | sed 's/,$//')
    secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    echo "$M END $name rc=$rc timedout=$to seconds=$secs modules=${mods:--} taint=$(cat /proc/sys/kernel/tainted)"
done </stap/jobs
if [ "$(cat /stap/dmesg_all)" = 1 ]; then
    dmesg >/tmp/dmesg.txt
else
    # kernel messages of level warning and above (<0> to <4>)
    dmesg -r | grep '^<[0-4]>' >/tmp/dmesg.txt
fi
dump DMESG /tmp/dmesg.txt all
echo "$M DONE uptime=$(up) taint=$(cat /proc/sys/kernel/tainted)"
poweroff -f
INIT
chmod 755 "$ov/init"

run_initrd=$stage/initrd.cpio.gz
vm_cpio "$ov" "$stage/overlay.cpio.gz"
cat "$BASE_INITRAMFS" "$stage/overlay.cpio.gz" >"$run_initrd"

accel=(-accel tcg) accel_name=tcg
case ${STAPSHARP_VM_ACCEL:-auto} in
kvm) accel=(-accel kvm -cpu host) accel_name=kvm ;;
tcg) ;;
*) if [ -w /dev/kvm ] && grep -qwE 'vmx|svm' /proc/cpuinfo; then accel=(-accel kvm -cpu host) accel_name=kvm; fi ;;
esac
kernel=$VMLINUX
[ "${STAPSHARP_VM_KERNEL:-}" = bzimage ] && kernel=$VMLINUZ
hard_limit=${hard_limit:-$((90 + sum_limits))}
# An emulated guest on a busy host can be starved for seconds; raise the soft-lockup and RCU-stall thresholds
# (to 2x60 s and 60 s) so that only real hangs, not host load, produce kernel warnings. no_timer_check skips the
# boot-time IO-APIC timer test, which a starved guest fails ("IO-APIC + timer doesn't work!", a panic at load ~40).
kargs='watchdog_thresh=60 rcupdate.rcu_cpu_stall_timeout=60 no_timer_check'

if [ -n "$outdir" ]; then mkdir -p "$outdir"; outdir=$(cd "$outdir" && pwd); else outdir=$stage/out; mkdir -p "$outdir"; fi
rm -rf "$outdir/jobs" && mkdir -p "$outdir/jobs"
echo "$nonce" >"$outdir/nonce"
log=$outdir/serial.log
say "booting $KVER ($accel_name, $(basename "$kernel")) with $njobs job(s), hard limit ${hard_limit}s"
t0=$(vm_now)
set +e
timeout -s KILL "$hard_limit" qemu-system-x86_64 "${accel[@]}" -m "$mem" -smp "$smp" -nographic -no-reboot \
    -nic none -kernel "$kernel" -initrd "$run_initrd" -append "console=ttyS0 quiet panic=-1 $kargs $append" \
    </dev/null >"$log" 2>&1
qrc=$?
set -e
wall=$(vm_elapsed "$t0")
tr -d '\r' <"$log" >"$outdir/serial.txt"

# Parse the markers (they may start mid-line after SeaBIOS escape codes, hence index() rather than ^).
awk -v M="$M" -v dir="$outdir/jobs" -v res="$outdir/results.tsv" '
    BEGIN { mode = ""; printf "" > res }
    {
        i = index($0, M " ")
        if (i == 0) { if (mode != "") print > (dir "/" file); next }
        split(substr($0, i + length(M) + 1), f, " ")
        kind = f[1]
        if (kind == "STDOUT" || kind == "STDERR" || kind == "DMESG") {
            if (mode != "") close(dir "/" file)
            mode = kind
            file = kind == "DMESG" ? "../dmesg.txt" : f[2] (kind == "STDOUT" ? ".out" : ".err")
            printf "" > (dir "/" file)
            next
        }
        if (mode != "") { close(dir "/" file); mode = "" }
        if (kind == "END") {
            name = f[2]; delete kv
            for (k = 3; k in f; k++) { split(f[k], p, "="); kv[p[1]] = p[2] }
            print kv["rc"] > (dir "/" name ".rc"); close(dir "/" name ".rc")
            printf "%s\t%s\t%s\t%s\t%s\t%s\n", name, kv["rc"], kv["timedout"], kv["seconds"], kv["modules"], kv["taint"] > res
        }
        if (kind == "INIT") { sub(/^uptime=/, "", f[2]); print "boot_seconds=" f[2] > (dir "/../vm.info") }
        if (kind == "DONE") print "done=1" > (dir "/../vm.info")
    }
    END { close(res) }
' "$outdir/serial.txt"
# A captured file that did not end in a newline got one added by the guest; take it off again.
for f in "$outdir"/jobs/*.out "$outdir"/jobs/*.err; do
    [ -e "$f" ] || continue
    kind=$(basename "$f"); kind=${kind##*.}; kind=$([ "$kind" = out ] && echo STDOUT || echo STDERR)
    n=$(basename "$f"); n=${n%.*}
    if grep -q "$M $kind $n bytes=[0-9]* eol=0" "$outdir/serial.txt"; then
        truncate -s -1 "$f"
    fi
done

completed=0
grep -q "$M DONE" "$outdir/serial.txt" && completed=1
boot=$(sed -n 's/^boot_seconds=//p' "$outdir/vm.info" 2>/dev/null | head -1)
failed=0
while IFS=$'\t' read -r n rc to secs mods taint; do
    lsmod=empty
    [ "$mods" = - ] || lsmod=$mods
    echo "RESULT $n rc=$rc timedout=$to seconds=$secs lsmod=$lsmod taint=$taint"
    if [ "$rc" != 0 ] || [ "$to" != 0 ] || [ "$lsmod" != empty ]; then failed=1; fi
done <"$outdir/results.tsv"
ran=$(wc -l <"$outdir/results.tsv")
[ "$ran" = "$njobs" ] || completed=0
echo "VM completed=$completed jobs=$ran/$njobs boot_seconds=${boot:-?} wall_seconds=$wall accel=$accel_name qemu_rc=$qrc out=$outdir"
if [ $completed = 0 ]; then
    say "the VM did not finish (qemu exit $qrc, hard limit ${hard_limit}s); last serial lines:"
    [ $quiet = 1 ] || tail -n 30 "$outdir/serial.txt" >&2
    [ -n "${outdir##"$stage"*}" ] || trap - EXIT
    exit 3
fi
if [ $quiet = 0 ]; then
    for f in "$outdir"/jobs/*.out; do
        n=$(basename "$f" .out)
        say "--- $n stdout:"; sed 's/^/    /' "$f" >&2
        if [ -s "$outdir/jobs/$n.err" ]; then say "--- $n stderr:"; sed 's/^/    /' "$outdir/jobs/$n.err" >&2; fi
    done
fi
[ $strict = 1 ] && [ $failed = 1 ] && exit 1
exit 0
