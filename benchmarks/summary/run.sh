#!/usr/bin/env bash
# Times `handofflint summary` over 1,000 generated projects, each a git repository with a month of history, with
# hyperfine (Debian package 'hyperfine'), and writes the results to results/ (git-ignored). Usage, from the repository root:
#
#   bash benchmarks/summary/run.sh [path/to/handofflint]
#
# Without an argument the Native AOT binary is published first (needs clang and zlib1g-dev). Goal (issue 15): 1,000
# projects, git history included (sessions in 14 days, stuck P0 work), under a second.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${TMPDIR:-/tmp}/handofflint-summary-bench"
results="$here/results"
runs="${RUNS:-20}"
count="${COUNT:-1000}"

command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; exit 2; }

if [[ $# -ge 1 ]]; then
  handofflint="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
  export HANDOFFLINT_ARTIFACTS="${HANDOFFLINT_ARTIFACTS:-/tmp/art-summary-bench}"
  dotnet publish "$repo/src/HandoffLint.Cli/HandoffLint.Cli.csproj" -c Release -r linux-x64 -p:PublishAot=true -nologo -v q
  handofflint="$HANDOFFLINT_ARTIFACTS/publish/HandoffLint.Cli/release_linux-x64/handofflint"
fi

if [[ ! -d "$work/projects" ]]; then
  mkdir -p "$work"
  python3 "$here/generate.py" "$work/projects" "$count"
fi

mkdir -p "$results"
export HANDOFFLINT_TODAY=2026-11-23 NO_COLOR=1
echo "== summary over $count projects with git history: $("$handofflint" --version)"
(cd "$work" && hyperfine -N --warmup 3 --runs "$runs" \
  --export-json "$results/summary.json" --export-markdown "$results/summary.md" \
  -n "summary (table)" "$handofflint summary projects" \
  -n "summary --format json" "$handofflint summary projects --format json" \
  -n "summary --hook claude" "$handofflint summary projects --hook claude")
echo "Results: $results"
