#!/usr/bin/env bash
# Times `handofflint summary` over 1,000 generated projects, each a git repository with a month of history, with
# hyperfine (Debian package 'hyperfine'), and writes the results to results/ (git-ignored). Usage, from the repository root:
#
#   bash benchmarks/summary/run.sh [path/to/handofflint]
#
# Without an argument the Native AOT binary is published first (needs clang and zlib1g-dev). Goal (issue 15): 1,000
# projects, git history included (sessions in 14 days, stuck P0 work), under a second.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"
bench_setup summary 20
count="${COUNT:-1000}"
bench_require hyperfine
bench_handofflint "${1:-}"

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
