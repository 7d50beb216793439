#!/bin/bash
# The kernel-flavour matrix of docs/kernels.md: for each installed Debian kernel flavour (amd64, cloud, rt: those
# whose headers meta package is installed; the release is read from its dependency, never spelled), builds the
# scripts of tests/vm-scripts/kernel-subset.txt with `stapsharp build -r RELEASE` and, with --run, runs the modules in
# that flavour's QEMU guest (eng/vm/check-scripts.sh against the expected .out/.err files, and bigout checked by size
# and checksum in the guest). Then rewrites the matrix between the markers of docs/kernels.md.
#
# usage: eng/kernels-matrix.sh [--run] [--flavour NAME]... [--out DIR] [--no-doc]
#   --run           also boot each flavour (eng/vm/prepare.sh --flavour NAME downloads its image once)
#   --flavour NAME  only this flavour (repeatable; default: every installed one)
#   --out DIR       keep the modules, build logs and VM results in DIR (default: a temporary folder)
#   --no-doc        print the tables, leave docs/kernels.md alone
# Environment: STAPSHARP_CLI=/path/to/stapsharp uses that CLI instead of building src/StapSharp.Cli.
# Never loads a module on this machine: modules run only inside QEMU.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=vm/lib.sh
source "$root/eng/vm/lib.sh"

run=0 doc=1 out='' flavours=()
while [ $# -gt 0 ]; do
    case $1 in
    --run) run=1; shift ;;
    --no-doc) doc=0; shift ;;
    --flavour) vm_flavour_meta "$2" >/dev/null || exit 2; flavours+=("$2"); shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
    *) vm_die "unknown argument: $1 (see --help)" ;;
    esac
done
if [ ${#flavours[@]} = 0 ]; then
    for f in $VM_FLAVOURS; do [ -z "$(vm_kver "$f")" ] || flavours+=("$f"); done
fi
[ ${#flavours[@]} -gt 0 ] || vm_die "no kernel headers meta package installed (run eng/install-deps.sh)"
if [ -n "$out" ]; then mkdir -p "$out"; out=$(cd "$out" && pwd); else out=$(mktemp -d "${TMPDIR:-/tmp}/kernels-matrix.XXXXXX"); fi

cli=${STAPSHARP_CLI:-}
if [ -z "$cli" ]; then
    vm_log "building src/StapSharp.Cli"
    dotnet build "$root/src/StapSharp.Cli" -c Release -tl:off -nologo -v:q -o "$out/cli" >"$out/cli-build.log" 2>&1 ||
        { cat "$out/cli-build.log" >&2; vm_die "dotnet build src/StapSharp.Cli failed"; }
    cli=$out/cli/stapsharp
fi

# The subset: "NAME [-DMACRO]... reason" per line (comments and blank lines skipped); NAME.stp in tests/vm-scripts,
# else tests/vm-transport. The -D words go to `stapsharp build` when it has -D (else the build goes without them).
has_d=0 && "$cli" build --help 2>/dev/null | grep -qE '^ *-D' && has_d=1
names=() scripts=() defines=()
while read -r n rest; do
    case $n in '' | '#'*) continue ;; esac
    s=$root/tests/vm-scripts/$n.stp
    [ -f "$s" ] || s=$root/tests/vm-transport/$n.stp
    [ -f "$s" ] || vm_die "kernel-subset.txt: no script $n"
    d=''
    for w in $rest; do case $w in -D*) [ $has_d = 0 ] || d="$d -D ${w#-D}" ;; *) break ;; esac; done
    names+=("$n") scripts+=("$s") defines+=("$d")
done <"$root/tests/vm-scripts/kernel-subset.txt"

# bigout's expected output is computed (160000 numbered lines and a total), and compared in the guest by size and
# SHA-256 of the sorted lines: staprun's stapio may write records out of order on a starved guest (docs/vm.md).
bigout_line='abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTU'
bigout_expected() { # what bigout_job prints for a correct run
    awk -v l="$bigout_line" 'BEGIN { for (i = 0; i < 160000; i++) printf "%08d %s\n", i, l; print "total=160000" }' \
        >"$out/bigout.expected"
    printf 'rc=0\n%s\n%s\n' "$(wc -c <"$out/bigout.expected")" "$(LC_ALL=C sort "$out/bigout.expected" | sha256sum | cut -c1-64)"
}
bigout_job='sh -c '"'"'staprun -C never /m/bigout.ko > /tmp/b.out; echo rc=$?; wc -c < /tmp/b.out; LC_ALL=C sort /tmp/b.out | sha256sum | cut -c1-64; rm /tmp/b.out'"'"

declare -A build_ok run_res why
for f in "${flavours[@]}"; do
    rel=$(vm_kver "$f")
    [ -d "/lib/modules/$rel/build" ] || vm_die "flavour $f: /lib/modules/$rel/build is missing"
    dir=$out/$f && mkdir -p "$dir/ko" "$dir/build"
    t=$(vm_now)
    for i in "${!names[@]}"; do
        n=${names[$i]}
        # Built from the script's folder as NAME.stp, so that run-time error positions read "NAME.stp:L:C" as expected.
        # shellcheck disable=SC2086
        if (cd "$(dirname "${scripts[$i]}")" && "$cli" build "$n.stp" ${defines[$i]} -r "$rel" -m "$n" -o "$dir/build/$n") \
            >"$dir/build/$n.log" 2>&1 &&
            [ -f "$dir/build/$n/$n.ko" ]; then
            cp "$dir/build/$n/$n.ko" "$dir/ko/"
            build_ok[$f.$n]=1
        else
            build_ok[$f.$n]=0
            why[$f.$n]="build: $(grep -m1 -E 'error|STP[0-9]' "$dir/build/$n.log" | cut -c1-160)"
        fi
    done
    vm_log "$f ($rel): built $(ls "$dir/ko" | wc -l)/${#names[@]} modules in $(vm_elapsed "$t") s"
    [ $run = 1 ] || continue

    "$root/eng/vm/prepare.sh" --quiet --flavour "$f" >/dev/null
    checked=()
    for i in "${!names[@]}"; do
        n=${names[$i]}
        if [ "$n" != bigout ] && [ "${build_ok[$f.$n]}" = 1 ]; then checked+=("${scripts[$i]}"); fi
    done
    t=$(vm_now)
    set +e
    "$root/eng/vm/check-scripts.sh" --flavour "$f" --modules "$dir/ko" --out "$dir/vm" "${checked[@]}" >"$dir/check.txt" 2>&1
    set -e
    for n in "${names[@]}"; do
        line=$(grep -E "^(PASS|FAIL) $n(:|$)" "$dir/check.txt" || true)
        case $line in
        PASS*) run_res[$f.$n]=pass ;;
        FAIL*) run_res[$f.$n]=fail why[$f.$n]="run: ${line#*: }" ;;
        esac
    done
    if [ "${build_ok[$f.bigout]:-0}" = 1 ]; then
        set +e
        "$root/eng/vm/run-modules.sh" --quiet --flavour "$f" --out "$dir/vm-bigout" --file "$dir/ko/bigout.ko=/m/bigout.ko" \
            --timeout 180 --job bigout "$bigout_job" >"$dir/bigout.txt" 2>&1
        set -e
        if [ "$(tr -d ' ' <"$dir/vm-bigout/jobs/bigout.out" 2>/dev/null)" = "$(bigout_expected | tr -d ' ')" ]; then
            run_res[$f.bigout]=pass
        else
            run_res[$f.bigout]=fail why[$f.bigout]="run: $(tr '\n' ' ' <"$dir/vm-bigout/jobs/bigout.out" 2>/dev/null)"
        fi
    fi
    vm_log "$f: ran the subset in $(vm_elapsed "$t") s (results in $dir)"
done

# --- the tables --------------------------------------------------------------------------------------------------
cfg() { # flavour key: the value of CONFIG_key in the flavour's build tree, or "n"
    local v
    v=$(sed -n "s/^CONFIG_$2=//p" "/lib/modules/$(vm_kver "$1")/build/.config" | tr -d '"')
    echo "${v:-n}"
}
preempt() {
    if [ "$(cfg "$1" PREEMPT_RT)" = y ]; then echo PREEMPT_RT
    elif [ "$(cfg "$1" PREEMPT_DYNAMIC)" = y ]; then echo PREEMPT_DYNAMIC
    else echo "other"; fi
}
table=$out/matrix.md
{
    echo "Generated by \`eng/kernels-matrix.sh$([ $run = 1 ] && echo ' --run')\` on $(date -u '+%Y-%m-%d %H:%M UTC')," \
        "stap $(stap -V 2>&1 | sed -n '1s/^[^(]*(version \([^ ,]*\).*/\1/p'), QEMU TCG, $(nproc) host CPUs."
    echo
    echo "| flavour | release (from its headers meta package) | preemption | \`.config\` lines | \`=m\` modules | perf events | builds | runs in QEMU |"
    echo "|---|---|---|---|---|---|---|---|"
    for f in "${flavours[@]}"; do
        rel=$(vm_kver "$f") nb=0 np=0
        for n in "${names[@]}"; do
            if [ "${build_ok[$f.$n]}" = 1 ]; then nb=$((nb + 1)); fi
            if [ "${run_res[$f.$n]:-}" = pass ]; then np=$((np + 1)); fi
        done
        runs="not run" && [ $run = 0 ] || runs="$np/${#names[@]} pass"
        echo "| $f | \`$rel\` | $(preempt "$f") | $(wc -l <"/lib/modules/$rel/build/.config") | $(grep -c '=m$' "/lib/modules/$rel/build/.config") | $(cfg "$f" PERF_EVENTS) | $nb/${#names[@]} | $runs |"
    done
    echo
    printf '| script |'; for f in "${flavours[@]}"; do printf ' %s |' "$f"; done; echo
    printf '|---|'; for f in "${flavours[@]}"; do printf -- '---|'; done; echo
    for n in "${names[@]}"; do
        printf '| `%s` |' "$n"
        for f in "${flavours[@]}"; do
            c=$([ "${build_ok[$f.$n]}" = 1 ] && echo builds || echo "**build fails**")
            case ${run_res[$f.$n]:-} in pass) c="$c, passes" ;; fail) c="$c, **fails**" ;; esac
            printf ' %s |' "$c"
        done
        echo
    done
    details=0
    for f in "${flavours[@]}"; do for n in "${names[@]}"; do
        if [ -n "${why[$f.$n]:-}" ]; then
            [ $details = 1 ] || { echo; echo "Failures as measured:"; echo; details=1; }
            echo "- $f \`$n\`: ${why[$f.$n]}"
        fi
    done; done
} >"$table"
cat "$table"

if [ $doc = 1 ]; then
    page=$root/docs/kernels.md
    grep -q '<!-- matrix:begin -->' "$page" || vm_die "$page has no <!-- matrix:begin --> marker"
    awk -v t="$table" '
        /<!-- matrix:end -->/ { while ((getline l < t) > 0) print l; print ""; skip = 0 }
        !skip { print }
        /<!-- matrix:begin -->/ { skip = 1; print "" }
    ' "$page" >"$page.tmp" && mv "$page.tmp" "$page"
    vm_log "rewrote the matrix in docs/kernels.md"
fi
vm_log "files in $out"
