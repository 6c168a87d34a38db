#!/usr/bin/env bash
# Captures the README screenshots: the app under Xvfb at 1366×768 on
# docs/images/screenshot-lab.json (a backend stops and comes back on its chaos
# timeline, another fails 10 % of requests) after ten seconds of its own traffic
# (the Traffic bar) and `upstreamlab load`: the main window with the live
# topology, then the Distribution tab.
#   Usage: scripts/screenshot.sh [OUTPUT_DIR]   (needs a build in build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/images}"
for p in xvfb xauth imagemagick curl xdotool; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$p"
done
mkdir -p "$out"
app="$PWD/build/release/app/upstreamlab"
[[ -x "$app" ]] || { echo "screenshot: build first (scripts/setup.sh release)" >&2; exit 1; }
export XDG_CONFIG_HOME="$(mktemp -d)" # a fresh window layout, not the developer's
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
    "$0" docs/images/screenshot-lab.json & app=$!
    for i in $(seq 1 50); do curl -s -o /dev/null http://127.0.0.1:8080/ && break; sleep 0.1; done
    win=$(xdotool search --name "Upstream Lab" | head -1)
    # The Traffic bar starts the lab traffic (Ctrl+Enter, its first preset);
    # `upstreamlab load` adds keyed traffic from outside, as a person would.
    xdotool windowfocus --sync "$win" key --window "$win" ctrl+Return
    "$0" load "http://127.0.0.1:8080/cart/{key}" --rate 120 --keys 40 -d 12s -c 8 >/dev/null &
    sleep 10
    import -window root "$1/main-window.png"
    # No window manager under Xvfb: focus the window directly, then Alt+D opens the Distribution tab.
    xdotool windowfocus --sync "$win" key --window "$win" alt+d 2>/dev/null || true
    sleep 1.2
    import -window root "$1/distribution.png"
    kill "$app"; wait "$app" || true
    wait
' "$app" "$out"
echo "screenshot: $out/main-window.png $out/distribution.png"
