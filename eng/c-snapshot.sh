#!/usr/bin/env bash
# Writes the C and Kbuild StapSharp generates for every VM script and every installed SystemTap example into OUTDIR,
# one folder per script, so that a change to the binder, the lowering or the emitter can be checked byte for byte:
#   eng/c-snapshot.sh /tmp/before        # on the commit before the change
#   eng/c-snapshot.sh /tmp/after         # on the change
#   diff -r /tmp/before /tmp/after       # empty, or each difference explained in the commit that makes it
# Uses `stapsharp build --no-make` (never make, never a module load) for the kernel the CLI detects (running kernel,
# else the newest installed build tree); -g comes from each script's #! line or its sibling .meta file, as the CLI
# decides. A script that does not build today (an error the CLI reports) is listed in OUTDIR/FAILED, not fatal.
#   usage: eng/c-snapshot.sh OUTDIR [SCRIPT.stp]...   (paths absolute or relative to the repository root;
#          default: tests/vm-scripts/*.stp + the installed examples)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -ge 1 ] || { sed -n '2,11p' "$0"; exit 2; }
out="$1"; shift
examples=/usr/share/systemtap/examples

# The VM scripts are named relative to the repository root, so that the paths the C quotes (comments, error
# locations) are the same in every checkout.
out="$(mkdir -p "$out" && cd "$out" && pwd)"
scripts=("$@")
cd "$root"
if [ ${#scripts[@]} -eq 0 ]; then
  scripts=(tests/vm-scripts/*.stp)
  if [ -d "$examples" ]; then
    mapfile -t found < <(find "$examples" -name '*.stp' | LC_ALL=C sort)
    scripts+=("${found[@]}")
  fi
fi

bin="$(mktemp -d "${TMPDIR:-/tmp}/stapsharp-snapshot.XXXXXX")"
trap 'rm -rf "$bin"' EXIT
dotnet build "$root/src/StapSharp.Cli" -c Release -tl:off -nologo -v:q -o "$bin" >/dev/null

rm -rf "$out"
mkdir -p "$out"
: >"$out/FAILED"
for s in "${scripts[@]}"; do
  # A stable folder name: vm-scripts/NAME or examples/SUBDIR/NAME (the path below the examples root).
  case $s in
  "$examples"/*) rel="examples/${s#"$examples"/}" ;;
  *) rel="vm-scripts/$(basename "$s")" ;;
  esac
  dir="$out/${rel%.stp}"
  name="$(basename "$s" .stp | tr -c 'A-Za-z0-9_\n' '_')"
  mkdir -p "$dir"
  if ! dotnet "$bin/stapsharp.dll" build --no-make -m "stap_$name" -o "$dir" "$s" >"$dir.log" 2>&1; then
    echo "$rel" >>"$out/FAILED"
    rm -rf "$dir"
  fi
  # The log names the temp folder of this run; keep only the diagnostics, which must not change either.
  sed -i "s|$dir|OUT|g" "$dir.log"
done
echo "$(find "$out" -name '*.c' | wc -l) C files in $out; $(wc -l <"$out/FAILED") scripts did not build (see $out/FAILED)"
