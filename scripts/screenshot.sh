#!/usr/bin/env bash
# Captures the README screenshot: the app on the demo lab under Xvfb, after a
# little traffic (including a stopped backend, so failover shows in the log).
#   Usage: scripts/screenshot.sh [OUTPUT.png]   (needs a build in build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/images/main-window.png}"
for p in xvfb xauth imagemagick curl; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$p"
done
mkdir -p "$(dirname "$out")"
app="$PWD/build/release/app/upstreamlab"
[[ -x "$app" ]] || { echo "screenshot: build first (scripts/setup.sh release)" >&2; exit 1; }
xvfb-run -a -s "-screen 0 1100x640x24" bash -c '
    "$0" & app=$!
    for i in $(seq 1 50); do curl -s -o /dev/null http://127.0.0.1:8080/ && break; sleep 0.1; done
    for i in $(seq 1 9); do curl -s -o /dev/null "http://127.0.0.1:8080/catalog/item?id=$i"; done
    curl -s -o /dev/null -X POST -d "sku=42" http://127.0.0.1:8080/orders
    sleep 1.5
    import -window root "$1"
    kill "$app"; wait "$app" || true
' "$app" "$out"
echo "screenshot: $out"
