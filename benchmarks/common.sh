# Sourced by the benchmark scripts (benchmarks/*/run.sh): the folders they use, the tools they need, and the handofflint
# binary they time, so that each script says only what it measures.
#
#   bench_setup NAME DEFAULT_RUNS   sets here, repo, work (a scratch folder), results and runs (RUNS or the default)
#   bench_require PROGRAM...        stops with one line (exit 2) when a program is missing
#   bench_handofflint [PATH]        sets handofflint: PATH when given, else the Native AOT binary, published first
#                                   (needs clang and zlib1g-dev)

bench_setup() {
  here="$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)"
  repo="$(cd "$here/../.." && pwd)"
  work="${TMPDIR:-/tmp}/handofflint-$1-bench"
  results="$here/results"
  runs="${RUNS:-$2}"
}

bench_require() {
  local program
  for program in "$@"; do
    command -v "$program" >/dev/null || { echo "$program is not installed (apt-get install $program)" >&2; exit 2; }
  done
}

bench_handofflint() {
  if [[ $# -ge 1 && -n "$1" ]]; then
    handofflint="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
    return
  fi

  export HANDOFFLINT_ARTIFACTS="${HANDOFFLINT_ARTIFACTS:-/tmp/art-$(basename "$here")-bench}"
  dotnet publish "$repo/src/HandoffLint.Cli/HandoffLint.Cli.csproj" -c Release -r linux-x64 -p:PublishAot=true -nologo -v q
  handofflint="$HANDOFFLINT_ARTIFACTS/publish/HandoffLint.Cli/release_linux-x64/handofflint"
}
