#!/usr/bin/env bash
# Runs every test of StapSharp on a fresh Debian 12 machine with the .NET SDK:
# installs the real peers (eng/install-deps.sh), prepares the QEMU guest (eng/vm/prepare.sh),
# publishes the NativeAOT CLI for the in-guest `stapsharp run` tests,
# checks that generated syntax code is current, builds, runs all test assemblies and prints
# one closing line "N passed, N failed, N skipped" summed over them.
set -uo pipefail
cd "$(dirname "$0")/.."

bash eng/install-deps.sh || exit 2
if [ -x eng/vm/prepare.sh ] || [ -f eng/vm/prepare.sh ]; then
  bash eng/vm/prepare.sh || echo "test.sh: VM preparation failed; VM tests will report it" >&2
  # once per kernel build (one boot, then cached): what the guest kernel says about its symbols and events
  bash eng/vm/capture-kernel-info.sh --quiet >/dev/null || echo "test.sh: guest kernel capture failed; the comparison tests will report it" >&2
fi

dotnet build StapSharp.slnx -c Release -tl:off -nologo -v:q || exit 1
if [ -f eng/generate.sh ]; then
  bash eng/generate.sh --verify || exit 1
fi

# The VM suite also runs every module through the NativeAOT `stapsharp run` (the guest has no .NET).
aot_dir=$(mktemp -d)
if dotnet publish src/StapSharp.Cli -c Release -p:StapAot=true -o "$aot_dir" -tl:off -nologo -v:q >/dev/null; then
  export STAPSHARP_VM_CLI="$aot_dir/stapsharp"
else
  echo "test.sh: NativeAOT publish of the CLI failed; the stapsharp-run VM tests will be skipped" >&2
  [ "${STAPSHARP_VM_REQUIRED:-}" = 1 ] && exit 1
fi

log=$(mktemp)
dotnet test StapSharp.slnx -c Release --no-build -tl:off -nologo 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
awk '/^(Passed|Failed)! +- Failed: / { gsub(/,/,""); for(i=1;i<=NF;i++){ if($i=="Failed:")f+=$(i+1); if($i=="Passed:")p+=$(i+1); if($i=="Skipped:")s+=$(i+1) } n++ }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s; if (n==0 || p+f==0) exit 3 }' "$log" || rc=1
rm -rf "$log" "$aot_dir"
exit $rc
