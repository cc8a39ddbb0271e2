#!/usr/bin/env bash
# Times the handofflint CLI against markdownlint-cli2, with hyperfine (Debian package 'hyperfine'), and writes the
# results to results/ (git-ignored). Usage, from the repository root:
#
#   bash benchmarks/cli/run.sh [path/to/handofflint]
#
# Without an argument the Native AOT binary is published first (needs clang and zlib1g-dev). The corpus comparison
# needs ../shared/corpus beside the repository and is skipped, with a message, without it.
#
# 1. One note: handofflint lint (all rules, git rules on, in a git repository) vs markdownlint-cli2 (its default rules)
#    on the same file. Goal: handofflint at most 30 ms median and at least 10x faster.
# 2. The corpus: handofflint lint over every note in one run vs markdownlint-cli2 checking only the required headings (MD043).
# 3. summary over 1,000 generated projects. Goal: well under a second.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"
bench_setup cli 30
corpus="$repo/../shared/corpus"
note="$repo/tests/HandoffLint.Cli.Tests/Fixtures/clean.md"
bench_require hyperfine node
bench_handofflint "${1:-}"

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
markdownlint=("node" "$here/node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs")

rm -rf "$work" && mkdir -p "$work/repo/docs" "$results"
export HANDOFFLINT_TODAY=2026-11-23 NO_COLOR=1

# A real repository around the note, so that the git rules do their work rather than bow out.
cp "$note" "$work/repo/docs/SESSION-HANDOFF.md"
git -C "$work/repo" init -q -b main
git -C "$work/repo" -c user.name=bench -c user.email=bench@example.invalid add -A
git -C "$work/repo" -c user.name=bench -c user.email=bench@example.invalid commit -q -m "note"

echo "== one note: $("$handofflint" --version) vs markdownlint-cli2 $("${markdownlint[@]}" --help 2>/dev/null | head -1 | awk '{print $2}')"
(cd "$work/repo" && hyperfine -N -i --warmup 5 --runs "$runs" \
  --export-json "$results/one-note.json" --export-markdown "$results/one-note.md" \
  -n "handofflint lint" "$handofflint lint docs/SESSION-HANDOFF.md" \
  -n "handofflint lint --no-git" "$handofflint lint --no-git docs/SESSION-HANDOFF.md" \
  -n "markdownlint-cli2" "${markdownlint[*]} docs/SESSION-HANDOFF.md")

if [[ -d "$corpus" ]] && compgen -G "$corpus/*.md" >/dev/null; then
  mkdir -p "$work/corpus"
  cp "$corpus"/*.md "$work/corpus/"
  files=$(cd "$work/corpus" && ls *.md | tr '\n' ' ')
  count=$(ls "$work/corpus"/*.md | wc -l)
  echo "== the corpus: $count notes, one process each way"
  (cd "$work/corpus" && hyperfine -N -i --warmup 3 --runs "$runs" \
    --export-json "$results/corpus.json" --export-markdown "$results/corpus.md" \
    -n "handofflint lint (all rules)" "$handofflint lint $files" \
    -n "markdownlint-cli2 (MD043 only)" "${markdownlint[*]} --config $here/md043/.markdownlint-cli2.jsonc $files")
else
  echo "== the corpus: skipped, $corpus is absent (shared material beside the repository)"
fi

echo "== summary over 1,000 projects"
for i in $(seq -w 1 1000); do
  mkdir -p "$work/projects/group-${i:0:1}/project-$i/docs"
  cp "$note" "$work/projects/group-${i:0:1}/project-$i/docs/SESSION-HANDOFF.md"
done
(cd "$work" && hyperfine -N --warmup 3 --runs "$runs" \
  --export-json "$results/summary.json" --export-markdown "$results/summary.md" \
  -n "handofflint summary (1,000 projects)" "$handofflint summary projects")

echo "Results: $results"
