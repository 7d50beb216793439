#!/usr/bin/env bash
# Regenerates the code generated from the two specs:
#   src/StapSharp.Syntax/Syntax/Syntax*.xml               -> src/StapSharp.Syntax/Syntax/Generated/*.g.cs
#   src/StapSharp.Syntax/Semantics/Bound/BoundNodes.xml   -> src/StapSharp.Syntax/Semantics/Bound/Generated/*.g.cs
#   eng/generate.sh           write the output
#   eng/generate.sh --verify  generate into a temp dir and fail (exit 1) if the checked-in output is stale
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
syntax="$root/src/StapSharp.Syntax/Syntax"
bound="$root/src/StapSharp.Syntax/Semantics/Bound"
project="$root/tools/StapSharp.Generators/StapSharp.Generators.csproj"

# run_generator SYNTAX_OUT BOUND_OUT
run_generator() {
  dotnet run --project "$project" -c Release -v q -- "$syntax" "$1"
  dotnet run --project "$project" -c Release -v q --no-build -- --bound "$bound/BoundNodes.xml" "$2"
}

if [[ "${1:-}" == "--verify" ]]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  run_generator "$tmp/syntax" "$tmp/bound" >/dev/null
  stale=0
  for pair in "$syntax/Generated:$tmp/syntax" "$bound/Generated:$tmp/bound"; do
    checked_in="${pair%%:*}"
    mkdir -p "$checked_in"
    if ! diff -r -u "$checked_in" "${pair#*:}"; then
      echo "error: $checked_in is stale; run eng/generate.sh and commit the result" >&2
      stale=1
    fi
  done
  [ "$stale" = 0 ] || exit 1
  echo "generated code is up to date"
else
  run_generator "$syntax/Generated" "$bound/Generated"
fi
