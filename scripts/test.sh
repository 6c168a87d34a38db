#!/usr/bin/env bash
# One command: install what is missing, build, and run the whole test suite:
#   1. the suite (dev preset: Debug, -Werror)
#   2. a bounded libFuzzer run of the HTTP parser (clang; FUZZ_SECONDS, default 30)
#   3. the suite again under AddressSanitizer + UndefinedBehaviorSanitizer
#   4. the .deb built, installed, run and removed (scripts/package-test.sh;
#      only as root or with passwordless sudo)
# Usage: scripts/test.sh [PRESET]   (a single preset runs just that suite: dev or asan)
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen

run_suite() {
    scripts/setup.sh "$1" --with-test-tools
    ctest --preset "$1" --output-on-failure -j2
}

if [[ $# -gt 0 ]]; then
    run_suite "$1"
    exit 0
fi

run_suite dev

seconds="${FUZZ_SECONDS:-30}"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT
cp tests/fuzz/corpus/* "$corpus/"
echo "fuzz: fuzz_httpparser for ${seconds}s (differential: whole vs split input)"
build/fuzz/tests/fuzz/fuzz_httpparser "$corpus" -max_total_time="$seconds" -max_len=4096 \
    -artifact_prefix="$corpus/" -print_final_stats=1 2>&1 | grep -E "^(Done|stat::number_of_executed_units|==[0-9]+==|SUMMARY)" || true
if ls "$corpus"/crash-* "$corpus"/leak-* "$corpus"/timeout-* >/dev/null 2>&1; then
    echo "fuzz: the parser fuzzer found a failing input:" >&2
    ls "$corpus"/crash-* "$corpus"/leak-* "$corpus"/timeout-* 2>/dev/null >&2
    exit 1
fi

run_suite asan

if [[ $(id -u) -eq 0 ]] || sudo -n true 2>/dev/null; then
    scripts/package-test.sh
else
    echo "package-test: skipped (installing the .deb needs root or passwordless sudo)"
fi
