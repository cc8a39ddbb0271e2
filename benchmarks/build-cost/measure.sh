#!/usr/bin/env bash
# What the HandoffLint package adds to an up-to-date build.
#
# Packs src/HandoffLint.Build with a version of its own and creates identical consumer repositories (a git repository
# with one committed class library, agent instructions and a committed handoff note): one without the package, one
# with it and a clean note, and one with it and a stale note (one finding to print every build). It restores and
# builds each, then rebuilds them with `dotnet build --no-restore`, rotating the order every round so that drift on a
# shared machine falls on all alike, and prints the median wall-clock and CPU time of each.
#
# One more series, "note edited", rewrites a fourth consumer's note before every build, so that HandoffLint lints it for real
# instead of replaying the last result: what an edit of the note costs the next build. Last, five builds of each
# with MSBuild's performance summary give the time of the HandoffLint target itself, which machine noise blurs less.
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
  local name=$1 reference=$2 date=${3:-$today} folder="$work/$1"
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
  printf '# Agents\n\n- At the start of every session, read docs/SESSION-HANDOFF.md.\n- Before the session ends, rewrite docs/SESSION-HANDOFF.md.\n' >"$folder/CLAUDE.md"
  printf 'namespace App;\n\npublic static class Greeting\n{\n    public static string Text => "Hello";\n}\n' >"$folder/Greeting.cs"
  cat >"$folder/docs/SESSION-HANDOFF.md" <<EOF
# Session Handoff

## Last Updated
$date (Session 12)

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
  (cd "$folder" && git init -q && git add -A &&
    GIT_AUTHOR_DATE="${date}T12:00:00Z" GIT_COMMITTER_DATE="${date}T12:00:00Z" git -c user.name=bench -c user.email=bench@example.invalid commit -qm "consumer")
}

reference="<PackageReference Include=\"HandoffLint\" Version=\"$version\" />"
make_consumer without ""
make_consumer with "$reference"
make_consumer stale "$reference" 2025-01-06
make_consumer edited "$reference"

build() { dotnet build "$work/$1/App.csproj" --no-restore -nologo -v:q -nodeReuse:false >"$work/$1.log" 2>&1; }

for variant in without with stale edited; do
  dotnet restore "$work/$variant/App.csproj" -nologo -v:q >/dev/null
  build "$variant"; build "$variant" # Second build: up to date, as every measured one.
done
for variant in with stale; do
  echo "HandoffLint lines in the '$variant' build output (the same every run):"
  awk '/^Build (succeeded|FAILED)/ { exit } /HL[0-9][0-9][0-9][0-9]/ { print "  " $0; found = 1 } END { if (!found) print "  (none: the note is clean)" }' "$work/$variant.log"
done

# Wall-clock time, and CPU time (user + system, of dotnet and every process it started): on a shared machine other
# work stretches the wall clock of a build, while its CPU time stays what the build itself needed.
time_build() {
  /usr/bin/time -f '%e %U %S' -o "$work/time.out" bash -c "$(declare -f build); work='$work'; build '$1'"
  awk '{ printf "%d\n", $1 * 1000 }' "$work/time.out" >>"$work/$2.times"
  awk '{ printf "%d\n", ($2 + $3) * 1000 }' "$work/time.out" >>"$work/$2.cpu"
}

edit_note() {
  # Alternates a trailing blank line, so each build sees new note content (and lints again).
  local note="$work/edited/docs/SESSION-HANDOFF.md"
  if [ "$(tail -c 2 "$note" | od -An -c | tr -d ' ')" = '\n\n' ]; then truncate -s -1 "$note"; else echo >>"$note"; fi
}

echo "Measuring $runs rebuilds per series ..."
for ((i = 1; i <= runs; i++)); do
  case $((i % 3)) in
    0) time_build without without; time_build with with; time_build stale stale ;;
    1) time_build with with; time_build stale stale; time_build without without ;;
    2) time_build stale stale; time_build without without; time_build with with ;;
  esac
  edit_note
  time_build edited edited
done

# The same builds once more with MSBuild's performance summary: the time of the HandoffLint target itself (the
# ResolveHandoffLintSettings task, the call into HandoffLint.proj when there is something to print, the lint or the
# replay), which the noise of a shared machine does not blur the way it blurs whole-build times.
target_time() {
  dotnet build "$work/$1/App.csproj" --no-restore -nologo -nodeReuse:false -clp:PerformanceSummary 2>&1 |
    awk '$3 == "HandoffLint" && $2 == "ms" { print $1; exit }' >>"$work/$2.times"
}
for ((i = 1; i <= 5; i++)); do
  target_time with target-clean
  target_time stale target-stale
  edit_note
  target_time edited target-edited
done

median() { sort -n "$work/$1.${2:-times}" | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
row() { # label, series, baseline series
  local wall cpu base_wall base_cpu
  wall=$(median "$2"); cpu=$(median "$2" cpu)
  if [ -z "${3:-}" ]; then
    printf '  %-34s %6d ms wall %6d ms CPU\n' "$1" "$wall" "$cpu"
  else
    base_wall=$(median "$3"); base_cpu=$(median "$3" cpu)
    printf '  %-34s %6d ms wall %6d ms CPU   added: %+5d ms wall (%+.1f%%), %+5d ms CPU (%+.1f%%)\n' "$1" "$wall" "$cpu" \
      $((wall - base_wall)) "$(echo "($wall - $base_wall) * 100 / $base_wall" | bc -l)" \
      $((cpu - base_cpu)) "$(echo "($cpu - $base_cpu) * 100 / $base_cpu" | bc -l)"
  fi
}

echo
echo "Up-to-date consumer, median of $runs builds per row ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), SDK $(dotnet --version)):"
row "without HandoffLint" without
row "with HandoffLint, clean note" with without
row "with HandoffLint, stale note" stale without
row "with HandoffLint, note edited" edited without
printf '  %-34s %6d ms clean, %d ms stale, %d ms note edited (median of 5)\n' "HandoffLint target alone" "$(median target-clean)" "$(median target-stale)" "$(median target-edited)"
added=$(( $(median with) - $(median without) ))
base=$(median without)
allowed=$(( base * 3 / 100 > 50 ? base * 3 / 100 : 50 ))
stale_added=$(( $(median stale) - base ))
echo "Goal: at most 3% or 50 ms added, whichever is larger: $allowed ms here; added (wall): $added ms clean -> $([ "$added" -le "$allowed" ] && echo met || echo NOT met), $stale_added ms stale -> $([ "$stale_added" -le "$allowed" ] && echo met || echo NOT met)"
