#!/usr/bin/env bash
# Reports the public symbols the PublicApiAnalyzers find undeclared (RS0016) or declared but gone (RS0017), and
# exits 1 when there are any. Nothing is written unless --accept is given: a new public symbol is a decision
# that shows in the diff of PublicAPI.Unshipped.txt, never a side effect of a build.
# `dotnet format analyzers --diagnostics RS0016` skips generated files (Syntax/Generated/*.g.cs), so this reads
# the build's own diagnostics instead.
# Usage: eng/public-api.sh [--accept] src/StapSharp.Syntax/StapSharp.Syntax.csproj
#   (no option)  list the undeclared and removed symbols; exit 1 if there are any, 0 if the files are current
#   --accept     also add the undeclared symbols to PublicAPI.Unshipped.txt and drop the removed ones from it
#                (a removed symbol of PublicAPI.Shipped.txt needs a *REMOVED* line and a CHANGELOG entry, by hand)
#                (symbols present on only some targets are listed, never written: declare them per target)
set -euo pipefail
accept=0
if [ "${1:-}" = --accept ]; then accept=1; shift; fi
project=${1:?usage: eng/public-api.sh [--accept] PROJECT.csproj}
dir=$(dirname "$project")
log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet build "$project" -tl:off -nologo -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= > "$log" 2>&1 || true
python3 - "$log" "$dir" "$accept" <<'PY'
import re, sys, collections, os
log, folder, accept = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
added = collections.defaultdict(set)
removed = collections.defaultdict(set)
new = re.compile(r"RS0016: Symbol '(.*)' is not part of the declared public API.*TargetFramework=([\w.]+)\]")
gone = re.compile(r"RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found.*TargetFramework=([\w.]+)\]")
for line in open(log, encoding="utf-8"):
    m = new.search(line)
    if m:
        added[m.group(2)].add(m.group(1))
    m = gone.search(line)
    if m:
        removed[m.group(2)].add(m.group(1))
if not added and not removed:
    print("public-api: the declared public API matches the build")
    sys.exit(0)
def split(per_tfm):
    if not per_tfm:
        return set(), {}
    common = set.intersection(*per_tfm.values())
    return common, {tfm: s - common for tfm, s in per_tfm.items() if s - common}
new_common, new_specific = split(added)
gone_common, gone_specific = split(removed)
for title, symbols in (("undeclared (RS0016)", new_common), ("declared but gone (RS0017)", gone_common)):
    if symbols:
        print(f"public-api: {len(symbols)} {title}:")
        for s in sorted(symbols):
            print("  " + s)
for title, specific in (("undeclared", new_specific), ("gone", gone_specific)):
    for tfm, symbols in specific.items():
        print(f"public-api: {len(symbols)} {title} only on {tfm} (declare them in the per-target files):")
        for s in sorted(symbols):
            print("  " + s)
if not accept:
    print("public-api: nothing written; review the list, then run again with --accept to declare it", file=sys.stderr)
    sys.exit(1)
path = os.path.join(folder, "PublicAPI.Unshipped.txt")
lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")] if os.path.exists(path) else ["#nullable enable"]
header, body = lines[0], set(l for l in lines[1:] if l.strip())
body = (body | new_common) - gone_common
with open(path, "w", encoding="utf-8", newline="\n") as f:
    f.write(header + "\n")
    for s in sorted(body, key=lambda s: (s.lower(), s)):
        f.write(s + "\n")
print(f"public-api: added {len(new_common)} and removed {len(gone_common)} symbols in {path}")
sys.exit(1 if new_specific or gone_specific else 0)
PY
