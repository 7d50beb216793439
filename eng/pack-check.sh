#!/usr/bin/env bash
# Packs the libraries, the StapSharp meta-package and the stapsharp tool into a local feed, then proves a
# newcomer's paths: a fresh console project, `dotnet add package StapSharp`, parse a script through the API, run it;
# and `dotnet tool install StapSharp.Cli` from the feed, whose `stapsharp --help` and `--version` run.
# Pack must not warn (a missing package readme was one such warning).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.1.0-ci.$(date +%s)"

echo "pack-check: packing $version"
dotnet pack StapSharp.slnx -c Release -o "$work/feed" -p:Version="$version" -tl:off -nologo -v:q >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log" >&2; echo "pack-check: dotnet pack failed" >&2; exit 1; }
if grep -i 'warning' "$work/pack.log" >&2; then echo "pack-check: dotnet pack warned (above)" >&2; exit 1; fi
ls "$work/feed"
for id in StapSharp StapSharp.Syntax StapSharp.Codegen StapSharp.Transport StapSharp.Cli; do
  [ -f "$work/feed/$id.$version.nupkg" ] || { echo "pack-check: missing $id.$version.nupkg" >&2; exit 1; }
done

mkdir -p "$work/consumer"
cd "$work/consumer"
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="stapsharp-local" value="$work/feed" />
  </packageSources>
</configuration>
XML
export NUGET_PACKAGES="$work/packages"
dotnet new console -n Consumer -o . --framework net10.0 >/dev/null
dotnet add package StapSharp --version "$version" >/dev/null
cp "$root/samples/Consumer/Program.cs" Program.cs
out=$(dotnet run -c Release 2>&1)
echo "$out"
echo "$out" | grep -q '^probes: 2$' || { echo "pack-check: consumer output unexpected" >&2; exit 1; }
echo "$out" | grep -q '^roundtrip: True$' || { echo "pack-check: consumer round trip failed" >&2; exit 1; }

# The tool: install it from the feed into a private tool path, as `dotnet tool install -g StapSharp.Cli` would.
dotnet tool install --tool-path "$work/tools" --add-source "$work/feed" StapSharp.Cli --version "$version" >/dev/null
tool_help=$("$work/tools/stapsharp" --help)
grep -q '^Usage:' <<<"$tool_help" || { echo "pack-check: installed stapsharp --help failed" >&2; exit 1; }
tool_version=$("$work/tools/stapsharp" --version)
echo "installed stapsharp --version: $tool_version"
[[ $tool_version == "$version"* ]] || { echo "pack-check: installed stapsharp reports $tool_version, not $version" >&2; exit 1; }
echo "pack-check: OK"
