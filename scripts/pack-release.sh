#!/usr/bin/env bash
# Packs a HandoffLint release from a tagged commit (git tag v1.2.3; MinVer turns the tag into the version).
#
#   scripts/pack-release.sh portable [OUT]   on any machine: HandoffLint (MSBuild), HandoffLint.Core (+ .snupkg),
#                                            HandoffLint.Tool (the pointer) and HandoffLint.Tool.any (the fallback)
#   scripts/pack-release.sh native [OUT]     on each platform of HANDOFFLINT_NATIVE_RIDS: HandoffLint.Tool.<this rid>,
#                                            the Native AOT binary (Native AOT cannot cross operating systems)
#   scripts/pack-release.sh linux-arm64 [OUT]
#                                            on a Linux x64 machine: HandoffLint.Tool.linux-arm64, cross-compiled (needs
#                                            clang, lld and Debian's gcc-aarch64-linux-gnu and libc6-dev-arm64-cross)
#
# HANDOFFLINT_NATIVE_RIDS (default "linux-x64;linux-arm64;win-x64;osx-arm64") is written into the pointer package, which sends each
# of those platforms to its native package and every other one to the fallback. Publish the pointer only together with
# every native package it names: a machine of a listed platform gets its package or an install error, never the fallback.
# OUT defaults to artifacts/release. See docs/RELEASING.md.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
out=${2:-artifacts/release}
native_rids=${HANDOFFLINT_NATIVE_RIDS:-linux-x64;linux-arm64;win-x64;osx-arm64}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Deterministic, source-linked builds: paths in the binaries are /_/..., not this machine's.
common=(-c Release -o "$out" -p:ContinuousIntegrationBuild=true -nologo)

if [ -n "$(git status --porcelain)" ]; then
  echo "pack-release: the working tree has changes; a release is packed from a clean, tagged commit" >&2
  exit 2
fi

case "$mode" in
  portable)
    dotnet pack src/HandoffLint.Build/HandoffLint.Build.csproj "${common[@]}"
    dotnet pack src/HandoffLint.Core/HandoffLint.Core.csproj "${common[@]}"
    dotnet pack src/HandoffLint.Cli/HandoffLint.Cli.csproj "${common[@]}" "-p:HandoffLintNativeRuntimeIdentifiers=$native_rids"
    dotnet pack src/HandoffLint.Cli/HandoffLint.Cli.csproj "${common[@]}" -r any
    ;;
  native)
    rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
    case ";$native_rids;" in
      *";$rid;"*) ;;
      *) echo "pack-release: this machine is $rid, which HANDOFFLINT_NATIVE_RIDS ($native_rids) does not list" >&2; exit 2 ;;
    esac
    dotnet pack src/HandoffLint.Cli/HandoffLint.Cli.csproj "${common[@]}" -r "$rid"
    ;;
  linux-arm64)
    # Native AOT crosses architectures (not operating systems): clang links for aarch64 against the cross C library,
    # and the symbols are stripped with the aarch64 objcopy. zlib and the rest come inside the runtime pack.
    rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
    if [ "$rid" != linux-x64 ] && [ "$rid" != linux-arm64 ]; then
      echo "pack-release: linux-arm64 is packed on Linux (this machine is $rid)" >&2; exit 2
    fi
    if [ "$rid" = linux-x64 ]; then
      for tool in clang ld.lld aarch64-linux-gnu-objcopy; do
        command -v "$tool" >/dev/null || { echo "pack-release: '$tool' is missing; apt-get install clang lld gcc-aarch64-linux-gnu libc6-dev-arm64-cross" >&2; exit 2; }
      done
      dotnet pack src/HandoffLint.Cli/HandoffLint.Cli.csproj "${common[@]}" -p:HandoffLintCrossRuntimeIdentifier=linux-arm64 \
        -p:LinkerFlavor=lld -p:ObjCopyName=aarch64-linux-gnu-objcopy
    else
      dotnet pack src/HandoffLint.Cli/HandoffLint.Cli.csproj "${common[@]}" -r linux-arm64
    fi
    ;;
  *)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac

ls -1 "$out"
