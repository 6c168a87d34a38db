#!/usr/bin/env bash
# One command: install what is missing, build, and run the whole test suite.
#   Usage: scripts/test.sh [PRESET]   (dev by default; asan for ASan+UBSan)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
scripts/setup.sh "$preset" --with-test-tools
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" --output-on-failure -j2
