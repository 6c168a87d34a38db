#!/usr/bin/env bash
# Installs what is missing on Debian/Ubuntu (apt, only when missing), then
# configures and builds with a CMake preset.
#   Usage: scripts/setup.sh [PRESET] [--with-test-tools]
set -euo pipefail
cd "$(dirname "$0")/.."

preset="${1:-release}"
with_test_tools="${2:-}"

# qt6-translations-l10n: Qt's own catalogues (qtbase_de.qm …), so that the
# standard dialogs' buttons follow the app's language.
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev libqt6svg6 qt6-qpa-plugins
)

# The test suite compares the proxy with real nginx (Debian's package).
# clang and its runtime build the libFuzzer target. valgrind counts the
# proxy's heap allocations per request (ctest's bench_allocations).
if [[ "$with_test_tools" == "--with-test-tools" ]]; then
    packages+=(nginx-light clang libclang-rt-dev valgrind)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    sudo_cmd=()
    if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake --preset "$preset"
cmake --build --preset "$preset"
