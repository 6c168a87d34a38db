#!/usr/bin/env bash
# One command: install what is missing, build, and start Upstream Lab on its
# built-in demo lab (the desktop app; headless when there is no display).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh release
app=build/release/app/upstreamlab
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" || "$(uname)" == "Darwin" ]]; then
    exec "$app" "$@"
fi
echo "start: no display found, running the demo lab headless (Ctrl-C stops it)"
exec "$app" run "$@"
