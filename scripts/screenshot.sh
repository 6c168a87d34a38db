#!/usr/bin/env bash
# Captures the README screenshots: the app under Xvfb on docs/images/screenshot-lab.json
# (a backend stops and comes back on its chaos timeline, another fails 10 % of
# requests) after ten seconds of traffic: the main window, then the Distribution tab.
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
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$0" docs/images/screenshot-lab.json & app=$!
    for i in $(seq 1 50); do curl -s -o /dev/null http://127.0.0.1:8080/ && break; sleep 0.1; done
    end=$((SECONDS + 10))
    while (( SECONDS < end )); do
        for i in $(seq 1 16); do curl -s -o /dev/null "http://127.0.0.1:8080/cart/$i?session=$RANDOM" & done
        curl -s -o /dev/null -X POST -d "sku=42" http://127.0.0.1:8080/orders
        wait_pids=$(jobs -p | grep -v "^$app$" || true); [[ -n "$wait_pids" ]] && wait $wait_pids 2>/dev/null || true
        sleep 0.1
    done
    sleep 1.2
    import -window root "$1/main-window.png"
    # No window manager under Xvfb: focus the window directly, then Alt+D opens the Distribution tab.
    win=$(xdotool search --name "Upstream Lab" | head -1)
    xdotool windowfocus --sync "$win" key --window "$win" alt+d 2>/dev/null || true
    sleep 1.2
    import -window root "$1/distribution.png"
    kill "$app"; wait "$app" || true
' "$app" "$out"
echo "screenshot: $out/main-window.png $out/distribution.png"
