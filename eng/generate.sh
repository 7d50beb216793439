#!/usr/bin/env bash
# Regenerates src/StapSharp.Syntax/Syntax/Generated/*.g.cs from Syntax*.xml.
#   eng/generate.sh           write the output
#   eng/generate.sh --verify  generate into a temp dir and fail (exit 1) if the checked-in output is stale
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
syntax="$root/src/StapSharp.Syntax/Syntax"
generated="$syntax/Generated"
project="$root/tools/StapSharp.Generators/StapSharp.Generators.csproj"

run_generator() {
  dotnet run --project "$project" -c Release -v q -- "$syntax" "$1"
}

if [[ "${1:-}" == "--verify" ]]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  run_generator "$tmp" >/dev/null
  mkdir -p "$generated"
  if ! diff -r -u "$generated" "$tmp"; then
    echo "error: $generated is stale; run eng/generate.sh and commit the result" >&2
    exit 1
  fi
  echo "generated code is up to date"
else
  run_generator "$generated"
fi
