#!/usr/bin/env bash
# Whole-process cost of the installed tool, as the agent hooks pay it after every response (issue 11): the tool packed and
# installed from a folder feed exactly as a user installs it, timed with hyperfine (Debian package 'hyperfine') in one run:
#
#   native tool     dotnet tool install --tool-path (the command links to the Native AOT binary; a global install is the same link)
#   bare binary     the Native AOT file taken out of HandoffLint.Tool.linux-x64 (the reference: 2x of it is the goal)
#   local manifest  dotnet tool run handofflint (the same native binary, started by the .NET SDK's command line)
#   fallback        the framework-dependent HandoffLint.Tool.any (net8.0, rolled forward), installed with --tool-path
#
# Each is timed on a lint (all rules, git rules on) and on a Stop hook that finds nothing to say (the common case), run as
# Claude Code runs it: sh -c '<command> hook claude stop' with the event on standard input. The repository is a normal one:
# 200 source files in 20 folders, 30 commits, the files init writes. Usage, from the repository root:
#
#   bash benchmarks/install/run.sh [FEED]        FEED: a folder with the packages already packed (else they are packed here)
#
# Results go to benchmarks/install/results/ (git-ignored) and are printed; benchmarks/README.md has the recorded ones.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"
bench_setup install 40
bench_require hyperfine

rm -rf "$work" && mkdir -p "$work" "$results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 HANDOFFLINT_TODAY=2026-11-23 NO_COLOR=1
export HOME="$work/home" NUGET_PACKAGES="$work/packages"
unset DOTNET_CLI_HOME
mkdir -p "$HOME"

version="0.0.0-bench.$(date -u +%Y%m%d%H%M%S)"
feed="${1:-}"
if [[ -z "$feed" ]]; then
  feed="$work/feed"
  cli="$repo/src/HandoffLint.Cli/HandoffLint.Cli.csproj"
  export HANDOFFLINT_ARTIFACTS="$work/artifacts"
  for rid in "" linux-x64 any; do
    dotnet pack "$cli" -c Release -o "$feed" -p:Version="$version" ${rid:+-r $rid} -nologo -v q
  done
  dotnet pack "$cli" -c Release -o "$work/fallback-feed" -p:Version="$version" -p:HandoffLintNativeRuntimeIdentifiers=none -nologo -v q
  cp "$feed"/HandoffLint.Tool.any.*.nupkg "$work/fallback-feed/"
  unset HANDOFFLINT_ARTIFACTS
else
  version=$(ls "$feed" | sed -n 's/^HandoffLint\.Tool\.linux-x64\.\(.*\)\.nupkg$/\1/p' | head -1)
  mkdir -p "$work/fallback-feed"
  dotnet pack "$repo/src/HandoffLint.Cli/HandoffLint.Cli.csproj" -c Release -o "$work/fallback-feed" -p:Version="$version" -p:HandoffLintNativeRuntimeIdentifiers=none -nologo -v q
  cp "$feed"/HandoffLint.Tool.any."$version".nupkg "$work/fallback-feed/"
fi

# The normal repository: 200 files, 30 commits, a tool manifest, and what init writes.
r="$work/repo"
mkdir -p "$r" && cd "$r"
git init -q -b main
git config user.name bench && git config user.email bench@handofflint.invalid && git config commit.gpgsign false
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /><add key="release" value="%s" /></packageSources></configuration>\n' "$feed" > nuget.config
for c in $(seq 1 30); do
  for f in $(seq 1 200); do
    [[ $c -eq 1 || $((f % 30)) -eq $((c % 30)) ]] || continue
    mkdir -p "src/m$((f % 20))" && echo "// file $f, commit $c" > "src/m$((f % 20))/F$f.cs"
  done
  git add -A && git commit -q -m "Commit $c"
done

dotnet new tool-manifest >/dev/null
dotnet tool install HandoffLint.Tool --version "$version" >/dev/null
dotnet tool install HandoffLint.Tool --version "$version" --tool-path "$work/native" >/dev/null
sed -i "s#value=\"$feed\"#value=\"$work/fallback-feed\"#" nuget.config
NUGET_PACKAGES="$work/packages-fallback" dotnet tool install HandoffLint.Tool --version "$version" --tool-path "$work/fallback" >/dev/null
sed -i "s#value=\"$work/fallback-feed\"#value=\"$feed\"#" nuget.config
mkdir -p "$work/bare" && unzip -q -o -j "$feed/HandoffLint.Tool.linux-x64.$version.nupkg" "tools/any/linux-x64/handofflint" -d "$work/bare" && chmod +x "$work/bare/handofflint"

"$work/native/handofflint" init --hook-command handofflint >/dev/null
git add -A && git commit -q -m "Handoff pattern"
# A repository worked in has files older than its index. Here every file was written in the same second as the index,
# which git treats as "racily clean" and re-reads on every status (the hook's git runs with optional locks off, so it
# never writes the refreshed index back): date the files an hour back and refresh the index once, as any git command would.
find . -path ./.git -prune -o -type f -exec touch -d '-1 hour' {} +
git update-index -q --really-refresh
payload='{"session_id":"bench","hook_event_name":"Stop","stop_hook_active":false}'
echo "{\"session_id\":\"bench\",\"hook_event_name\":\"SessionStart\",\"source\":\"startup\",\"cwd\":\"$r\"}" | "$work/native/handofflint" hook claude session-start >/dev/null
echo "$payload" > "$work/stop.json"

declare -A tools=(
  [bare]="$work/bare/handofflint"
  [native]="$work/native/handofflint"
  [manifest]="dotnet tool run handofflint"
  [fallback]="$work/fallback/handofflint"
)
for name in bare native manifest fallback; do
  # Nothing on stdout for a silent stop; a wrong install would fail here rather than be timed.
  out=$(sh -c "${tools[$name]} hook claude stop < $work/stop.json")
  [[ -z "$out" ]] || { echo "$name: the Stop hook was expected to say nothing, and said: $out" >&2; exit 1; }
  sh -c "${tools[$name]} lint >/dev/null" || [[ $? -le 1 ]]
done

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N --warmup 3 --runs "$runs" --export-json "$results/install-lint.json" --export-markdown "$results/install-lint.md" \
  -n "bare AOT binary" "sh -c '${tools[bare]} lint'" \
  -n "installed tool (native)" "sh -c '${tools[native]} lint'" \
  -n "local manifest (dotnet tool run)" "sh -c '${tools[manifest]} lint'" \
  -n "framework-dependent fallback" "sh -c '${tools[fallback]} lint'" >/dev/null
hyperfine -N --warmup 3 --runs "$runs" --export-json "$results/install-stop.json" --export-markdown "$results/install-stop.md" \
  -n "bare AOT binary" "sh -c '${tools[bare]} hook claude stop < $work/stop.json'" \
  -n "installed tool (native)" "sh -c '${tools[native]} hook claude stop < $work/stop.json'" \
  -n "local manifest (dotnet tool run)" "sh -c '${tools[manifest]} hook claude stop < $work/stop.json'" \
  -n "framework-dependent fallback" "sh -c '${tools[fallback]} hook claude stop < $work/stop.json'" >/dev/null
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$results" <<'PY'
import json, sys, statistics
results = sys.argv[1]
for what in ("lint", "stop"):
    data = json.load(open(f"{results}/install-{what}.json"))["results"]
    bare = statistics.median(data[0]["times"])
    print(f"\n{what}: median wall (min), CPU user+sys mean, median vs the bare AOT binary")
    for r in data:
        median = statistics.median(r["times"])
        print(f"  {r['command']:34} {median*1000:8.1f} ms ({min(r['times'])*1000:.1f})  cpu {(r['user']+r['system'])*1000:7.1f} ms  {median/bare:5.2f}x")
PY
