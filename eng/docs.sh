#!/usr/bin/env bash
# Builds the API reference site with docfx from the XML docs of the shipped assemblies (StapSharp.Syntax,
# StapSharp.Codegen, StapSharp.Transport) and the articles in docs/. Broken links, unresolved references and
# missing XML docs fail the build: docfx runs with --warningsAsErrors, and CS1591 is already an error in the
# shipped projects (GenerateDocumentationFile + TreatWarningsAsErrors).
# docfx is a pinned .NET tool, installed on first use into a cache outside the repository. The site is assembled
# in a scratch folder (eng/docfx/ holds its config, index and top-level toc; docs/ becomes articles/).
# Usage: eng/docs.sh [OUTPUT_DIR]      (default: artifacts/docs, which git ignores)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
docfx_version=2.81.0
tools=${STAPSHARP_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/stapsharp/tools}/docfx-$docfx_version
if [ ! -x "$tools/docfx" ]; then
  dotnet tool install docfx --version "$docfx_version" --tool-path "$tools" >/dev/null
fi
output=$(realpath -m "${1:-artifacts/docs}")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp eng/docfx/docfx.json eng/docfx/index.md eng/docfx/toc.yml "$work/"
cp -r docs "$work/articles"
# One target is enough for the reference; net8.0 is the oldest runtime the docs apply to.
for project in StapSharp.Syntax StapSharp.Codegen StapSharp.Transport; do
  dotnet build "src/$project" -c Release -f net8.0 -o "$work/lib" -tl:off -nologo -v:q >/dev/null
done

export DOCFX_NO_TELEMETRY=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
cd "$work"
"$tools/docfx" metadata docfx.json --warningsAsErrors
"$tools/docfx" build docfx.json --warningsAsErrors --output "$output"
cd "$root"
echo "docs: site in $output"
