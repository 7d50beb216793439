#!/bin/bash
# Shared functions of eng/differential.sh and eng/differential-minimise.sh (sourced, not run).
# Needs ROOT (the checkout). Uses eng/vm (prepare.sh, build-stp.sh, run-modules.sh) and two .NET tools it builds:
# stp-progen (tools/StapSharp.ProgramGenerator) and stapsharp (src/StapSharp.Cli).

diff_log() { echo "[diff] $*" >&2; }

# Builds stp-progen and the CLI once (Release) and sets PROGEN and STAPSHARP to commands running them; reads vm.env.
diff_prepare_tools() {
    local p
    "$ROOT/eng/vm/prepare.sh" --quiet >/dev/null
    # shellcheck disable=SC1091
    source "${STAPSHARP_VM_CACHE:-$HOME/.cache/stapsharp/vm}/vm.env"
    for p in tools/StapSharp.ProgramGenerator src/StapSharp.Cli; do
        dotnet build "$ROOT/$p" -c Release -tl:off -nologo -v:q >&2 || return 3
    done
    PROGEN=(dotnet "$(dotnet msbuild "$ROOT/tools/StapSharp.ProgramGenerator" -p:Configuration=Release -getProperty:TargetPath)")
    STAPSHARP=(dotnet "$(dotnet msbuild "$ROOT/src/StapSharp.Cli" -p:Configuration=Release -getProperty:TargetPath)")
}

# Builds one batch script NAME.stp (in DIR) with stap (module NAME) and StapSharp (module s_NAME), both compiled
# as "NAME.stp" so that the locations in error messages are the same. Writes DIR/NAME.{stap,ss}.ko.
diff_build_pair() { # dir name
    local dir=$1 name=$2 ko
    ko=$("$ROOT/eng/vm/build-stp.sh" -j 1 "$dir/$name.stp" 2>"$dir/$name.stap-build.log" | cut -f2) || return 1
    cp "$ko" "$dir/$name.stap.ko"
    (cd "$dir" && "${STAPSHARP[@]}" build "$name.stp" -o "ss-$name" -m "s_$name" -r "$KVER" >/dev/null 2>"$name.ss-build.log") || return 1
    cp "$dir/ss-$name/s_$name.ko" "$dir/$name.ss.ko"
    rm -rf "${dir:?}/ss-$name"
}

# Splits a batch's stdout into one file per program (DIR/TAG): the lines after "### TAG". A line starting with a
# program's name prefix (p[i]{seed}[v{variant}]_) is stap's display of a global written but never read: it goes to that
# program, sorted, because with more than 16 end probes stap 4.8 runs them in an order of its own (docs/testing.md).
diff_split() { # output-file dir
    local f
    mkdir -p "$2"
    awk -v dir="$2" '
        function prefix_of(tag,   seed) { seed = tag; sub(/-.*/, "", seed); n[seed]++
            return "p" seed (n[seed] > 1 ? "v" (n[seed] - 1) : "") "_" }
        /^### end$/ { next }
        /^### / && $0 !~ /^### caught: / { tag = substr($0, 5); pre[prefix_of(tag)] = tag; printf "" > (dir "/" tag); next }
        /^pi?[0-9]+(v[0-9]+)?_/ {
            p = $0; sub(/_.*/, "_", p)
            if (p in pre) { print "display: " $0 > (dir "/" pre[p] ".display"); next }
        }
        { print > (dir "/" (tag == "" ? "start" : tag)) }' "$1"
    for f in "$2"/*.display; do
        [ -e "$f" ] || continue
        sort "$f" >>"${f%.display}" && rm "$f"
    done
}

# Generates, builds and runs batches (each argument: the space-separated SPECs of one batch) in one boot under DIR.
# Writes DIR/different.txt (one SPEC per line whose output differs) and DIR/report.txt; returns 3 on failure.
diff_run_batches() { # dir spec-list...
    local dir=$1 i=0 name args=() names=() pids=() f t st
    shift
    rm -rf "$dir" && mkdir -p "$dir"
    for specs in "$@"; do
        name=b$i
        # shellcheck disable=SC2086
        "${PROGEN[@]}" batch $specs >"$dir/$name.stp" || return 3
        names+=("$name")
        i=$((i + 1))
    done
    # Two builds at a time (each module is one make job; the machine is shared).
    for name in "${names[@]}"; do
        while [ "$(jobs -rp | wc -l)" -ge 2 ]; do wait -n || true; done
        (diff_build_pair "$dir" "$name" || { echo "$name" >>"$dir/build-failed"; }) &
    done
    wait
    if [ -s "$dir/build-failed" ]; then
        for name in $(cat "$dir/build-failed"); do
            diff_log "build of $name failed:"; tail -n 20 "$dir/$name.stap-build.log" "$dir/$name.ss-build.log" >&2
        done
        return 3
    fi
    for name in "${names[@]}"; do args+=(--ko "$dir/$name.stap.ko" --ko "$dir/$name.ss.ko"); done
    "$ROOT/eng/vm/run-modules.sh" --quiet --timeout 120 --out "$dir/vm" "${args[@]}" >"$dir/vm.txt" || { cat "$dir/vm.txt" >&2; return 3; }
    : >"$dir/different.txt"
    : >"$dir/report.txt"
    for name in "${names[@]}"; do
        for side in stap ss; do
            f=$dir/vm/jobs/$([ $side = stap ] && echo "$name" || echo "s_$name")
            diff_split "$f.out" "$dir/sec/$name/$side"
        done
        st=$(grep "^RESULT $name " "$dir/vm.txt" | cut -d' ' -f3-4)
        t=$(grep "^RESULT s_$name " "$dir/vm.txt" | cut -d' ' -f3-4)
        [ "$st" = "$t" ] || echo "BATCH $name status: stap $st, stapsharp $t" >>"$dir/report.txt"
        cmp -s "$dir/vm/jobs/$name.err" "$dir/vm/jobs/s_$name.err" || echo "BATCH $name stderr differs" >>"$dir/report.txt"
        for f in $(cd "$dir/sec/$name/stap" && ls; cd "$dir/sec/$name/ss" && ls); do echo "$f"; done | sort -u | while read -r t; do
            [ "$t" = start ] || [ "$t" = end ] && continue
            cmp -s "$dir/sec/$name/stap/$t" "$dir/sec/$name/ss/$t" 2>/dev/null || echo "$t" >>"$dir/different.txt"
        done
    done
    [ ! -s "$dir/report.txt" ] || cat "$dir/report.txt" >&2
    return 0
}

# Builds SPEC as a standalone script NAME.stp in DIR with both compilers, runs both in one boot and saves NAME.stp,
# NAME.out / NAME.err (stap's module: the expected output), NAME.ss.out / NAME.ss.err (StapSharp's) and the
# `// vm: rc=N` header when stap's module exits non-zero.
diff_save_standalone() { # spec dir name
    local spec=$1 dir=$2 name=$3 rc w
    w=$(mktemp -d)
    "${PROGEN[@]}" program "$spec" >"$w/$name.stp"
    diff_build_pair "$w" "$name" || { diff_log "standalone build of $spec failed"; cp "$w/$name.stp" "$dir/"; return 1; }
    "$ROOT/eng/vm/run-modules.sh" --quiet --timeout 60 --out "$w/vm" --ko "$w/$name.stap.ko" --ko "$w/$name.ss.ko" >"$w/vm.txt" || return 1
    rc=$(cat "$w/vm/jobs/$name.rc")
    # The first line (the generator's comment) becomes the vm header, so every line keeps the number that the
    # error messages in the outputs name.
    { echo "// vm: rc=$rc stp-progen program $spec, found by eng/differential.sh"; tail -n +2 "$w/$name.stp"; } >"$dir/$name.stp"
    cp "$w/vm/jobs/$name.out" "$dir/$name.out"
    cp "$w/vm/jobs/s_$name.out" "$dir/$name.ss.out"
    cp "$w/vm/jobs/s_$name.err" "$dir/$name.ss.err"
    if [ -s "$w/vm/jobs/$name.err" ]; then cp "$w/vm/jobs/$name.err" "$dir/$name.err"; fi
    rm -rf "$w"
}
