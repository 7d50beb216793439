#!/usr/bin/env bash
# Packs the libraries and the StapSharp meta-package into a local feed, then proves a newcomer's path:
# a fresh console project, `dotnet add package StapSharp`, parse a script through the API, run it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.1.0-ci.$(date +%s)"

echo "pack-check: packing $version"
dotnet pack StapSharp.slnx -c Release -o "$work/feed" -p:Version="$version" -tl:off -nologo -v:q >/dev/null
ls "$work/feed"
for id in StapSharp StapSharp.Syntax StapSharp.Codegen StapSharp.Transport; do
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
echo "pack-check: OK"
