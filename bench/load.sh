#!/usr/bin/env bash
# The built-in traffic generator against wrk, on the same target in one run.
#
# Both drive nginx `return 200` (one worker) over keep-alive connections with
# one thread each, in interleaved rounds; reported: requests/s of each and the
# ratio. The generator is meant not to be the bottleneck of a 2-core machine:
# it should reach at least 0.7× wrk's rate here.
#   Usage: bench/load.sh [SECONDS per round] [CONNECTIONS] [ROUNDS]   (defaults 5, 50, 3)
# Needs a release build (scripts/setup.sh release), nginx and wrk (installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"
connections="${2:-50}"
rounds="${3:-3}"
app="$PWD/build/release/app/upstreamlab"
[[ -x "$app" ]] || { echo "bench: build first: scripts/setup.sh release" >&2; exit 1; }
for p in nginx-light wrk; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$p"
done

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

port=18191
cat > "$work/target.conf" <<CONF
worker_processes 1;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 1000000;
    server { listen 127.0.0.1:$port; location / { return 200 "ok\n"; } }
}
CONF
nginx -p "$work" -c "$work/target.conf" -g "daemon off; pid $work/target.pid; error_log $work/target.err;" &
pids+=($!)
for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.05
done

url="http://127.0.0.1:$port/"
printf '%-6s %14s %14s %8s\n' round "wrk req/s" "load req/s" ratio
total_wrk=0; total_load=0
for r in $(seq 1 "$rounds"); do
    wrk_rate=$(wrk -t1 -c"$connections" -d"${seconds}s" "$url" | awk '/Requests\/sec/ {print $2}')
    load_rate=$("$app" load "$url" -c "$connections" -d "${seconds}s" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["rate"])')
    printf '%-6s %14.0f %14.0f %8.2f\n' "$r" "$wrk_rate" "$load_rate" "$(echo "$load_rate / $wrk_rate" | bc -l)"
    total_wrk=$(echo "$total_wrk + $wrk_rate" | bc -l); total_load=$(echo "$total_load + $load_rate" | bc -l)
done
printf '%-6s %14.0f %14.0f %8.2f\n' all "$(echo "$total_wrk / $rounds" | bc -l)" "$(echo "$total_load / $rounds" | bc -l)" \
    "$(echo "$total_load / $total_wrk" | bc -l)"
