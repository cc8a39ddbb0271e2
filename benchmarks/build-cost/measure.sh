#!/usr/bin/env bash
# What the HandoffLint package adds to an up-to-date build.
#
# Packs src/HandoffLint.Build with a version of its own, creates two identical consumer repositories (a git repository
# with one committed class library and a committed handoff note), one without the package and one with it, restores and
# builds both, then rebuilds them with `dotnet build --no-restore` in alternating order (without/with, then with/without,
# so drift on a shared machine falls on both alike) and prints the median wall-clock time of each.
#
# A third series, "with, note edited", rewrites the note before every build, so HandoffLint lints it for real instead of
# replaying the last result: what an edit of the note costs the next build.
#
# Usage: benchmarks/build-cost/measure.sh [runs per series, default 20]
set -euo pipefail

runs=${1:-20}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Everything this script creates stays in $work: build output, packages, the result cache.
export HANDOFFLINT_ARTIFACTS="$work/artifacts" NUGET_PACKAGES="$work/packages" XDG_CACHE_HOME="$work/cache"
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
version="0.0.0-cost.$(date +%Y%m%d%H%M%S)"

echo "Packing HandoffLint $version ..."
dotnet pack "$repo/src/HandoffLint.Build/HandoffLint.Build.csproj" -o "$work/feed" -p:Version="$version" -nologo -v:q >/dev/null

today=$(date +%Y-%m-%d)
make_consumer() {
  local name=$1 reference=$2 folder="$work/$1"
  mkdir -p "$folder/docs"
  cat >"$folder/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="handofflint" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
EOF
  cat >"$folder/App.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    $reference
  </ItemGroup>
</Project>
EOF
  printf 'namespace App;\n\npublic static class Greeting\n{\n    public static string Text => "Hello";\n}\n' >"$folder/Greeting.cs"
  cat >"$folder/docs/SESSION-HANDOFF.md" <<EOF
# Session Handoff

## Last Updated
$today (Session 12)

## Current State
- The greeting library builds and its tests pass.

## What Was Done This Session
- Added the greeting text.

## What Failed
- Nothing this session.

## What's Next
1. [P0] Localise the greeting.
2. [P1] Publish the package.

## Key Decisions
- One static class; no dependency injection for a constant.
EOF
  (cd "$folder" && git init -q && git add -A && git -c user.name=bench -c user.email=bench@example.invalid commit -qm "consumer")
}

make_consumer without ""
make_consumer with "<PackageReference Include=\"HandoffLint\" Version=\"$version\" />"

build() { dotnet build "$work/$1/App.csproj" --no-restore -nologo -v:q -nodeReuse:false >"$work/$1.log" 2>&1; }

for variant in without with; do
  dotnet restore "$work/$variant/App.csproj" -nologo -v:q >/dev/null
  build "$variant"; build "$variant" # Second build: up to date, as every measured one.
done
echo "HandoffLint lines in the 'with' build output (the same every run):"
grep 'HL[0-9]\{4\}' "$work/with.log" | sed 's/^/  /' || echo "  (none)"

now_ms() { date +%s%3N; }
time_build() {
  local start end
  start=$(now_ms)
  build "$1"
  end=$(now_ms)
  echo $((end - start)) >>"$work/$2.times"
}

edit_note() {
  # Alternates a trailing blank line, so each build sees new note content (and lints again).
  local note="$work/with/docs/SESSION-HANDOFF.md"
  if [ "$(tail -c 2 "$note" | od -An -c | tr -d ' ')" = '\n\n' ]; then truncate -s -1 "$note"; else echo >>"$note"; fi
}

echo "Measuring $runs rebuilds per series ..."
for ((i = 1; i <= runs; i++)); do
  if ((i % 2)); then
    time_build without without; time_build with with
  else
    time_build with with; time_build without without
  fi
  edit_note
  time_build with with-edited
done

median() { sort -n "$work/$1.times" | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
without=$(median without)
with=$(median with)
edited=$(median with-edited)
added=$((with - without))
edited_added=$((edited - without))
allowed=$(( without * 3 / 100 > 50 ? without * 3 / 100 : 50 ))

echo
echo "dotnet build --no-restore of an up-to-date consumer, median of $runs runs each ($(nproc) cores, SDK $(dotnet --version)):"
printf '  %-36s %6d ms\n' "without HandoffLint" "$without"
printf '  %-36s %6d ms  (%+d ms, %+.1f%%)\n' "with HandoffLint" "$with" "$added" "$(echo "$added * 100 / $without" | bc -l)"
printf '  %-36s %6d ms  (%+d ms, %+.1f%%)\n' "with HandoffLint, note edited" "$edited" "$edited_added" "$(echo "$edited_added * 100 / $without" | bc -l)"
echo "Goal: at most 3% or 50 ms added, whichever is larger: $allowed ms here -> $([ "$added" -le "$allowed" ] && echo met || echo NOT met)"
