#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to the project's
# PublicAPI.Unshipped.txt. `dotnet format analyzers --diagnostics RS0016` skips generated files
# (Syntax/Generated/*.g.cs), so this reads the build's own diagnostics instead.
# Usage: eng/public-api.sh src/StapSharp.Syntax/StapSharp.Syntax.csproj
set -euo pipefail
project=${1:?usage: eng/public-api.sh PROJECT.csproj}
dir=$(dirname "$project")
log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet build "$project" -tl:off -nologo -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= > "$log" 2>&1 || true
python3 - "$log" "$dir" <<'PY'
import re, sys, collections, os
log, folder = sys.argv[1], sys.argv[2]
per_tfm = collections.defaultdict(set)
pattern = re.compile(r"RS0016: Symbol '(.*)' is not part of the declared public API.*TargetFramework=([\w.]+)\]")
for line in open(log, encoding="utf-8"):
    m = pattern.search(line)
    if m:
        per_tfm[m.group(2)].add(m.group(1))
if not per_tfm:
    print("public-api: nothing to add")
    sys.exit(0)
common = set.intersection(*per_tfm.values())
specific = {tfm: symbols - common for tfm, symbols in per_tfm.items() if symbols - common}
if specific:
    for tfm, symbols in specific.items():
        print(f"public-api: {len(symbols)} symbols only on {tfm} (not added; declare them per target):", file=sys.stderr)
        for s in sorted(symbols)[:20]:
            print("  " + s, file=sys.stderr)
path = os.path.join(folder, "PublicAPI.Unshipped.txt")
lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")] if os.path.exists(path) else ["#nullable enable"]
header, body = lines[0], set(l for l in lines[1:] if l.strip())
body |= common
with open(path, "w", encoding="utf-8", newline="\n") as f:
    f.write(header + "\n")
    for s in sorted(body, key=lambda s: (s.lower(), s)):
        f.write(s + "\n")
print(f"public-api: added {len(common)} symbols to {path}")
sys.exit(1 if specific else 0)
PY
