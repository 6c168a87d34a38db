#!/usr/bin/env bash
# Upstream Lab's proxy against nginx on the same machine, in one run.
#
# Both proxy to the same backend (nginx `return 200`, one worker) with
# upstream keepalive, one worker each; wrk drives them in interleaved rounds.
# Reported: requests/s and the proxy process's CPU time per request (user +
# system from /proc/PID/stat), and the ratio to nginx.
#   Usage: bench/run.sh [SECONDS per round] [CONNECTIONS]   (defaults 10, 50)
# Needs a release build (scripts/setup.sh release), nginx and wrk (installed if missing).
# More contestants, each its own proxy process run in the same rounds:
#   BENCH_EXPLAIN=1          also our proxy recording every pick's decision (proxy --explain)
#   BENCH_BASELINE=PATH      also another upstreamlab binary, e.g. one built before a change
#   BENCH_ROUNDS=N           rounds (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
connections="${2:-50}"
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

backend_port=18181; nginx_port=18182; lab_port=18183

cat > "$work/backend.conf" <<CONF
worker_processes 1;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 1000000;
    server { listen 127.0.0.1:$backend_port; location / { return 200 "ok\n"; } }
}
CONF

# The proxied lab, exported by us and run by both proxies.
cat > "$work/lab.json" <<JSON
{ "format": 1, "name": "bench",
  "listeners": [ { "address": "127.0.0.1", "port": $lab_port, "routes": [ { "location": "/", "upstream": "backend" } ] } ],
  "upstreams": [ { "name": "backend", "keepalive": 256, "servers": [ { "name": "nginx", "address": "127.0.0.1:$backend_port" } ] } ],
  "proxy": { "workers": 1, "upstream_name_header": true, "keepalive_requests": 1000000 },
  "backends": [] }
JSON
"$app" export-nginx "$work/lab.json" -o "$work/lab.conf"
sed -e "s/worker_processes auto;/worker_processes 1;/" \
    -e "s/listen 127.0.0.1:$lab_port;/listen 127.0.0.1:$nginx_port;/" \
    -e "s/^http {/http {\n    access_log off;/" "$work/lab.conf" > "$work/nginx-proxy.conf"

start_nginx() { # name conf
    nginx -p "$work" -c "$2" -g "daemon off; pid $work/$1.pid; error_log $work/$1.err;" &
    pids+=($!)
}
wait_port() {
    for _ in $(seq 1 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.05
    done
    echo "bench: nothing listens on $1" >&2; exit 1
}
start_nginx backend "$work/backend.conf"; wait_port $backend_port
start_nginx proxy "$work/nginx-proxy.conf"; wait_port $nginx_port
nginx_master=${pids[1]}
"$app" proxy -q -c "$work/lab.conf" > "$work/lab.out" 2>&1 &
lab_pid=$!; pids+=($lab_pid)
wait_port $lab_port

contestants=() # "label port pid" beyond nginx and upstreamlab
start_contestant() { # label port binary [proxy options]
    local label=$1 port=$2 bin=$3; shift 3
    sed -e "s/listen 127.0.0.1:$lab_port;/listen 127.0.0.1:$port;/" "$work/lab.conf" > "$work/$label.conf"
    "$bin" proxy -q -c "$work/$label.conf" "$@" > "$work/$label.out" 2>&1 &
    pids+=($!)
    contestants+=("$label $port $!")
    wait_port "$port"
}
if [[ -n "${BENCH_BASELINE:-}" ]]; then start_contestant baseline 18184 "$BENCH_BASELINE"; fi
if [[ "${BENCH_EXPLAIN:-0}" == 1 ]]; then start_contestant explain 18185 "$app" --explain; fi

cpu_ticks() { # pid [children...]: utime+stime of the process(es)
    local total=0
    for pid in "$@"; do
        read -r -a f < "/proc/$pid/stat"
        total=$((total + f[13] + f[14]))
    done
    echo "$total"
}
nginx_workers() { pgrep -P "$nginx_master" | tr '\n' ' '; }
hz=$(getconf CLK_TCK)

run() { # label port pids...
    local label=$1 port=$2; shift 2
    local before after out rps
    before=$(cpu_ticks "$@")
    out=$(wrk -t1 -c"$connections" -d"${seconds}s" "http://127.0.0.1:$port/" 2>&1)
    after=$(cpu_ticks "$@")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    local reqs
    reqs=$(awk '/requests in/ {print $1}' <<<"$out")
    local us
    us=$(awk -v t=$((after - before)) -v hz="$hz" -v n="$reqs" 'BEGIN { printf "%.2f", t * 1e6 / hz / n }')
    printf "%-12s %10s req/s   %6s µs CPU/request\n" "$label" "$rps" "$us"
    echo "$label $rps $us" >> "$work/results"
}

echo "bench: ${seconds}s rounds, $connections connections, wrk -t1; backend nginx return 200; 1 proxy worker each"
wrk -t1 -c"$connections" -d2s "http://127.0.0.1:$nginx_port/" >/dev/null  # warm up
wrk -t1 -c"$connections" -d2s "http://127.0.0.1:$lab_port/" >/dev/null
for c in "${contestants[@]}"; do
    read -r _ port _ <<<"$c"
    wrk -t1 -c"$connections" -d2s "http://127.0.0.1:$port/" >/dev/null
done
for round in $(seq 1 "${BENCH_ROUNDS:-2}"); do
    run nginx $nginx_port $(nginx_workers)
    run upstreamlab $lab_port $lab_pid
    for c in "${contestants[@]}"; do
        read -r label port pid <<<"$c"
        run "$label" "$port" "$pid"
    done
done
awk '{ rps[$1] += $2; cpu[$1] += $3; n[$1]++ }
     END { printf "mean: nginx %.0f req/s %.2f µs; upstreamlab %.0f req/s %.2f µs; CPU per request ratio %.2f\n",
           rps["nginx"]/n["nginx"], cpu["nginx"]/n["nginx"], rps["upstreamlab"]/n["upstreamlab"],
           cpu["upstreamlab"]/n["upstreamlab"], (cpu["upstreamlab"]/n["upstreamlab"]) / (cpu["nginx"]/n["nginx"])
           u = cpu["upstreamlab"]/n["upstreamlab"]
           if ("baseline" in n)
               printf "mean: baseline %.0f req/s %.2f µs; upstreamlab against baseline: %+.1f %% CPU per request\n",
                      rps["baseline"]/n["baseline"], cpu["baseline"]/n["baseline"], (u / (cpu["baseline"]/n["baseline"]) - 1) * 100
           if ("explain" in n)
               printf "mean: explain %.0f req/s %.2f µs; explain against upstreamlab: %+.1f %% CPU per request\n",
                      rps["explain"]/n["explain"], cpu["explain"]/n["explain"], ((cpu["explain"]/n["explain"]) / u - 1) * 100
         }' "$work/results"
