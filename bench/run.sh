#!/usr/bin/env bash
# Upstream Lab's proxy and mock against nginx on the same machine, in one run.
#
# Both proxies run the same exported nginx.conf (one worker each, upstream
# keepalive) in front of the same backend, nginx `return 200` (one worker);
# wrk drives them. Scenarios, each run for every contestant in turn, the whole
# set repeated BENCH_ROUNDS times (interleaved, so drift hits all alike):
#   ka     CONNECTIONS keep-alive connections
#   many   BENCH_MANY (400) keep-alive connections
#   idle   CONNECTIONS busy connections beside BENCH_IDLE (10 000) idle keep-alive
#          clients (bench/idleclients.py opens them before each run, one request each)
#   close  CONNECTIONS connections without keep-alive (a new connection per request)
#   mock   `upstreamlab mock` alone against the backend nginx `return 200`, CONNECTIONS keep-alive
# Reported per run and as medians: requests/s, p50/p99 latency, CPU time per
# request (user + system of the serving process, /proc/PID/stat), peak RSS
# (VmHWM, reset before each run) and RSS per idle client; ratios to nginx, as
# ratios of the medians and (last column, JSON ratio_to_nginx_per_round) as the
# median and range of each round's own ratio. Even rounds run the contestants
# in reverse order.
# The table is printed and written as JSON (BENCH_JSON, default build/bench/run.json).
#   Usage: bench/run.sh [--smoke] [SECONDS per run] [CONNECTIONS]   (defaults 6, 50)
# --smoke: every scenario once for a second with small counts, our proxy and
# mock only (nginx is just the backend), checks only that each answered with no
# errors (timing is not a test); about ten seconds; exits 77 (skipped) when
# nginx or wrk is missing. ctest runs it (label bench).
# Needs a release build (scripts/setup.sh release; BENCH_APP=PATH for another),
# nginx and wrk (installed if missing, except with --smoke).
# More contestants, each its own process run in the same rounds:
#   BENCH_QT_DISPATCHER=1    our proxy and mock also with Qt's poll() event dispatcher
#                            on the workers (UPSTREAMLAB_QT_DISPATCHER=1): before/after epoll
#   BENCH_RECORD=1           our proxy keeping its request log, as the app does
#                            (UPSTREAMLAB_PROXY_RECORD=1; `proxy -q` keeps none, as nginx here
#                            runs with access_log off)
#   BENCH_EXPLAIN=1          our proxy recording every pick's decision (proxy --explain)
#   BENCH_BASELINE=PATH      another upstreamlab binary, e.g. one built before a change
# Also: BENCH_ROUNDS (default 3), BENCH_SCENARIOS (default "ka many idle close mock"),
# BENCH_MANY (400), BENCH_IDLE (10000).
set -euo pipefail
cd "$(dirname "$0")/.."
smoke=0
if [[ "${1:-}" == --smoke ]]; then smoke=1; shift; fi
seconds="${1:-6}"
connections="${2:-50}"
rounds="${BENCH_ROUNDS:-3}"
warmup=1s
many="${BENCH_MANY:-400}"
idle="${BENCH_IDLE:-10000}"
scenarios="${BENCH_SCENARIOS:-ka many idle close mock}"
idle_wait=2400
json="${BENCH_JSON:-$PWD/build/bench/run.json}"
if ((smoke)); then
    seconds=1; connections=10; rounds=1; many=100; idle="${BENCH_IDLE:-200}"; warmup=0
    idle_wait=600 # × 0.05 s to open the idle clients
    json="${BENCH_JSON:-}"
fi
app="${BENCH_APP:-$PWD/build/release/app/upstreamlab}"
[[ -x "$app" ]] || { echo "bench: build first: scripts/setup.sh release (or set BENCH_APP)" >&2; exit 1; }
for p in nginx wrk; do
    command -v "$p" >/dev/null && continue
    if ((smoke)); then echo "bench: $p is not installed: smoke run skipped" >&2; exit 77; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$([[ $p == nginx ]] && echo nginx-light || echo wrk)"
done

# The system's Python: a version manager's shim can take seconds to start.
python=$( [[ -x /usr/bin/python3 ]] && echo /usr/bin/python3 || command -v python3 )

work="$(mktemp -d)"
pids=()
cleanup() { # every process this script started and has not stopped yet, by pid
    for pid in "${pids[@]}"; do stop "$pid"; done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 143' TERM INT # so that cleanup runs when ctest or a user stops the script
# Every descriptor is a client here; nginx raises its own (worker_rlimit_nofile).
ulimit -n "$(ulimit -Hn)"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# Ten ports nobody listens on: other benches may run on this machine.
base=$((18100 + ($$ % 80) * 10))
for _ in $(seq 1 80); do
    free=1
    for i in $(seq 0 9); do port_free $((base + i)) || { free=0; break; }; done
    ((free)) && break
    base=$((18100 + (base - 18100 + 10) % 800))
done
backend_port=$base; nginx_port=$((base + 1)); lab_port=$((base + 2)); mock_port=$((base + 3))

cat > "$work/backend.conf" <<CONF
worker_processes 1;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 1000000;
    server { listen 127.0.0.1:$backend_port; location / { return 200 "ok\n"; } }
}
CONF

# The proxied lab, exported by us and run by both proxies. The upstream keeps
# as many idle connections as the busiest scenario has clients: a smaller pool
# churns connections, a cost nginx would pay alike but that is not the proxy's.
cat > "$work/lab.json" <<JSON
{ "format": 1, "name": "bench",
  "listeners": [ { "address": "127.0.0.1", "port": $lab_port, "routes": [ { "location": "/", "upstream": "backend" } ] } ],
  "upstreams": [ { "name": "backend", "keepalive": 512, "servers": [ { "name": "nginx", "address": "127.0.0.1:$backend_port" } ] } ],
  "proxy": { "workers": 1, "upstream_name_header": true, "keepalive_requests": 1000000 },
  "backends": [] }
JSON
"$app" export-nginx "$work/lab.json" -o "$work/lab.conf"
worker_connections=$((idle + 2 * many + 1024))
sed -e "s/worker_processes auto;/worker_processes 1;/" \
    -e "s/^worker_processes 1;/worker_processes 1;\nworker_rlimit_nofile $((worker_connections + 64));/" \
    -e "s/^events {}/events { worker_connections $worker_connections; }/" \
    -e "s/listen 127.0.0.1:$lab_port;/listen 127.0.0.1:$nginx_port;/" \
    -e "s/^http {/http {\n    access_log off;/" "$work/lab.conf" > "$work/nginx-proxy.conf"
grep -q "worker_connections $worker_connections" "$work/nginx-proxy.conf" \
    || { echo "bench: the exported nginx.conf changed shape: cannot set worker_connections" >&2; exit 1; }

start_nginx() { # name conf: sets $started
    nginx -p "$work" -c "$2" -g "daemon off; pid $work/$1.pid; error_log $work/$1.err;" &
    started=$!
    pids+=($started)
}
start_lab() { # binary arguments...: sets $started; environment from the caller
    "$@" > "$work/lab.out" 2>&1 &
    started=$!
    pids+=($started)
}
stop() { # pid: stops a process this script started (SIGKILL after 5 s), and forgets it
    kill "$1" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$1" 2>/dev/null || break; sleep 0.05; done
    kill -KILL "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
    local kept=() p
    for p in "${pids[@]}"; do [[ $p == "$1" ]] || kept+=("$p"); done
    pids=("${kept[@]}")
}
wait_port() {
    for _ in $(seq 1 200); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.05
    done
    echo "bench: nothing listens on $1" >&2; exit 1
}
start_nginx backend "$work/backend.conf"; backend_master=$started; wait_port "$backend_port"

# Contestants. Each run starts its own process and stops it afterwards: glibc
# keeps memory a process freed, so a proxy that had 10 000 clients in one run
# would carry that RSS into the next.
proxies=(nginx upstreamlab)
mocks=(nginx upstreamlab)
if ((smoke)); then proxies=(upstreamlab); mocks=(upstreamlab); fi # nginx serves as the backend only
if [[ "${BENCH_QT_DISPATCHER:-0}" == 1 ]]; then proxies+=(upstreamlab-qtpoll); mocks+=(upstreamlab-qtpoll); fi
if [[ -n "${BENCH_BASELINE:-}" ]]; then proxies+=(baseline); fi
if [[ "${BENCH_RECORD:-0}" == 1 ]]; then proxies+=(recording); fi
if [[ "${BENCH_EXPLAIN:-0}" == 1 ]]; then proxies+=(explain); fi

launch() { # scenario label: starts the contestant; sets port, pidspec (pid "nginx:MASTER" = its
           # workers) and owner (the pid to stop afterwards; empty for the shared backend)
    local proxy=(proxy -q -c "$work/lab.conf") mock=(mock -q --listen "127.0.0.1:$mock_port" --body $'ok\n')
    owner=""
    if [[ $1 == mock ]]; then
        port=$mock_port
        case $2 in
        nginx) port=$backend_port; pidspec=nginx:$backend_master; return ;;
        upstreamlab) start_lab "$app" "${mock[@]}" ;;
        upstreamlab-qtpoll) UPSTREAMLAB_QT_DISPATCHER=1 start_lab "$app" "${mock[@]}" ;;
        esac
    else
        port=$lab_port
        case $2 in
        nginx) start_nginx proxy "$work/nginx-proxy.conf"; port=$nginx_port ;;
        upstreamlab) start_lab "$app" "${proxy[@]}" ;;
        upstreamlab-qtpoll) UPSTREAMLAB_QT_DISPATCHER=1 start_lab "$app" "${proxy[@]}" ;;
        baseline) start_lab "$BENCH_BASELINE" "${proxy[@]}" ;;
        recording) UPSTREAMLAB_PROXY_RECORD=1 start_lab "$app" "${proxy[@]}" ;;
        explain) start_lab "$app" "${proxy[@]}" --explain ;;
        esac
    fi
    owner=$started
    pidspec=$owner
    [[ $2 == nginx ]] && pidspec=nginx:$owner
    wait_port "$port"
}

pids_of() { # pid spec -> the serving processes
    if [[ $1 == nginx:* ]]; then pgrep -P "${1#nginx:}" | tr '\n' ' '; else echo "$1"; fi
}
cpu_ticks() { # pids: utime + stime
    local total=0 f
    for pid in "$@"; do
        read -r -a f < "/proc/$pid/stat"
        total=$((total + f[13] + f[14]))
    done
    echo "$total"
}
status_kib() { # field pids: the sum of a /proc/PID/status field (kB)
    local field=$1 total=0; shift
    for pid in "$@"; do
        total=$((total + $(awk -v f="$field:" '$1 == f { print $2 }' "/proc/$pid/status")))
    done
    echo "$total"
}
hz=$(getconf CLK_TCK)

open_idle() { # port count: sets $opener once all clients are idle
    local ready="$work/idle.ready"
    rm -f "$ready"
    "$python" bench/idleclients.py "$1" "$2" "$ready" >/dev/null 2>>"$work/idle.err" &
    opener=$!
    pids+=($opener)
    for _ in $(seq 1 "$idle_wait"); do
        [[ -s "$ready" ]] && return 0
        kill -0 "$opener" 2>/dev/null || break
        sleep 0.05
    done
    echo "bench: could not open $2 idle clients to port $1: $(tail -n 3 "$work/idle.err")" >&2
    exit 1
}

run() { # scenario round label
    local scenario=$1 round=$2 label=$3 serving
    launch "$scenario" "$label"
    local conns=$connections extra=() idle_kib=null
    opener=""
    [[ $scenario == many ]] && conns=$many
    [[ $scenario == close ]] && extra=(-H "Connection: close")
    # Warm: upstream connections pooled, code paged in, nginx's worker forked.
    [[ $warmup == 0 ]] || wrk -t1 -c"$conns" -d"$warmup" "${extra[@]}" "http://127.0.0.1:$port/" >/dev/null
    read -r -a serving <<<"$(pids_of "$pidspec")"
    for pid in "${serving[@]}"; do { echo 5 > "/proc/$pid/clear_refs"; } 2>/dev/null || true; done # resets VmHWM
    if [[ $scenario == idle ]]; then
        local rss_before
        rss_before=$(status_kib VmRSS "${serving[@]}")
        open_idle "$port" "$idle"
        idle_kib=$(awk -v a="$rss_before" -v b="$(status_kib VmRSS "${serving[@]}")" -v n="$idle" \
            'BEGIN { printf "%.2f", (b - a) / n }')
    fi
    local before after out
    before=$(cpu_ticks "${serving[@]}")
    out=$(wrk -t1 -c"$conns" -d"${seconds}s" --latency "${extra[@]}" "http://127.0.0.1:$port/" 2>&1)
    after=$(cpu_ticks "${serving[@]}")
    local hwm
    hwm=$(status_kib VmHWM "${serving[@]}")
    [[ -z $opener ]] || stop "$opener"
    local requests rps p50 p99 errors
    read -r requests rps p50 p99 errors < <(awk '
        function us(v) { n = v + 0; if (v ~ /us$/) return n; if (v ~ /ms$/) return n * 1000; if (v ~ /s$/) return n * 1000000; return "null" }
        /requests in/ { requests = $1 } /Requests\/sec/ { rps = $2 }
        $1 == "50%" { p50 = us($2) } $1 == "99%" { p99 = us($2) }
        /Non-2xx/ { errors += $NF } /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
        END { print requests + 0, rps + 0, (p50 == "" ? "null" : p50), (p99 == "" ? "null" : p99), errors + 0 }' <<<"$out")
    local us
    us=$(awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" 'BEGIN { if (n > 0) printf "%.2f", t * 1e6 / hz / n; else print "null" }')
    printf "%-6s %-22s %9s req/s  p50 %7s µs  p99 %7s µs  %6s µs CPU/req  peak %6d KiB  idle %6s KiB/client  errors %s\n" \
        "$scenario" "$label" "$rps" "$p50" "$p99" "$us" "$hwm" "$idle_kib" "$errors"
    echo "$scenario $round $label $rps $p50 $p99 $us $hwm $idle_kib $errors $requests" >> "$work/results"
    [[ -z $owner ]] || stop "$owner"
}

echo "bench: ${seconds}s runs, $rounds round(s); $connections connections (many: $many, idle: $idle); wrk -t1;" \
     "backend nginx return 200; 1 worker each"
for round in $(seq 1 "$rounds"); do
    for scenario in $scenarios; do
        if [[ $scenario == mock ]]; then list=("${mocks[@]}"); else list=("${proxies[@]}"); fi
        # Every other round in reverse (nginx last), so a drift in the
        # machine's speed within a round does not always favour one side.
        if ((round % 2 == 0)); then
            reversed=()
            for ((i = ${#list[@]} - 1; i >= 0; i--)); do reversed+=("${list[i]}"); done
            list=("${reversed[@]}")
        fi
        for label in "${list[@]}"; do
            run "$scenario" "$round" "$label"
        done
    done
done

machine="$(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(uname -sr), $(nginx -v 2>&1 | sed 's/.*: //')"
"$python" - "$work/results" "$json" "$smoke" "$machine" "$seconds" "$rounds" "$connections" "$many" "$idle" <<'PY'
import json, statistics, sys
path, out, smoke, machine, seconds, rounds, conns, many, idle = sys.argv[1:]
describe = {
    "ka": f"{conns} keep-alive connections",
    "many": f"{many} keep-alive connections",
    "idle": f"{conns} busy beside {idle} idle keep-alive clients",
    "close": f"{conns} connections without keep-alive",
    "mock": f"mock alone vs nginx return 200, {conns} connections",
}
runs = {}
order = []
for line in open(path):
    scenario, rnd, label, rps, p50, p99, cpu, hwm, idle_kib, errors, requests = line.split()
    key = (scenario, label)
    if key not in runs:
        runs[key] = []
        order.append(key)
    num = lambda v: None if v == "null" else float(v)
    runs[key].append({"round": int(rnd), "rps": num(rps), "p50_us": num(p50), "p99_us": num(p99),
                      "cpu_us_per_request": num(cpu), "peak_rss_kib": int(hwm),
                      "rss_per_idle_client_kib": num(idle_kib), "errors": int(errors), "requests": int(requests)})

def median(key, field):
    values = [r[field] for r in runs[key] if r[field] is not None]
    return statistics.median(values) if values else None

result = {"machine": machine, "seconds": int(seconds), "rounds": int(rounds), "scenarios": []}
rows = []
for scenario in dict.fromkeys(s for s, _ in order):
    entry = {"name": scenario, "description": describe.get(scenario, scenario), "contestants": []}
    base = (scenario, "nginx")
    for s, label in order:
        if s != scenario:
            continue
        key = (s, label)
        med = {f: median(key, f) for f in ("rps", "p50_us", "p99_us", "cpu_us_per_request", "peak_rss_kib",
                                           "rss_per_idle_client_kib")}
        ratio = {}
        for f, name in (("rps", "rps"), ("cpu_us_per_request", "cpu"), ("p99_us", "p99"),
                        ("rss_per_idle_client_kib", "rss_per_idle_client")):
            b = median(base, f) if base in runs else None
            ratio[name] = round(med[f] / b, 3) if med[f] is not None and b else None
        # The same ratios per round (each contestant against the nginx run
        # of its own round, minutes apart at most), then their median and
        # range: the machine's speed drifts between rounds more than it does
        # within one, so this pairs runs made under the same conditions.
        paired = {}
        if base in runs:
            nginx_by_round = {r["round"]: r for r in runs[base]}
            for f, name in (("cpu_us_per_request", "cpu"), ("rps", "rps"), ("p99_us", "p99")):
                values = sorted(r[f] / nginx_by_round[r["round"]][f] for r in runs[key]
                                if r[f] is not None and r["round"] in nginx_by_round
                                and nginx_by_round[r["round"]][f])
                if values:
                    paired[name] = {"median": round(statistics.median(values), 3),
                                    "min": round(values[0], 3), "max": round(values[-1], 3)}
        entry["contestants"].append({"label": label, "median": med, "ratio_to_nginx": ratio,
                                     "ratio_to_nginx_per_round": paired, "runs": runs[key]})
        rows.append((scenario, label, med, ratio, paired))
    result["scenarios"].append(entry)

fmt = lambda v, spec: "–" if v is None else format(v, spec)
print()
print(f"Medians of {rounds} round(s), {seconds}s each; {machine}")
def spread(p, name):
    if name not in p:
        return "–"
    v = p[name]
    return f"{v['median']:.2f} ({v['min']:.2f}–{v['max']:.2f})"

print("| scenario | contestant | req/s | p50 µs | p99 µs | CPU µs/req | peak RSS MiB | RSS/idle client KiB | req/s ×nginx | CPU ×nginx | p99 ×nginx "
      "| CPU ×nginx per round | req/s ×nginx per round | p99 ×nginx per round |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for scenario, label, med, ratio, paired in rows:
    print(f"| {describe.get(scenario, scenario)} | {label} | {fmt(med['rps'], '.0f')} | {fmt(med['p50_us'], '.0f')} "
          f"| {fmt(med['p99_us'], '.0f')} | {fmt(med['cpu_us_per_request'], '.1f')} "
          f"| {fmt(med['peak_rss_kib'] and med['peak_rss_kib'] / 1024, '.1f')} | {fmt(med['rss_per_idle_client_kib'], '.2f')} "
          f"| {fmt(ratio['rps'], '.2f')} | {fmt(ratio['cpu'], '.2f')} | {fmt(ratio['p99'], '.2f')} "
          f"| {spread(paired, 'cpu')} | {spread(paired, 'rps')} | {spread(paired, 'p99')} |")
if out:
    import os
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w") as f:
        json.dump(result, f, indent=1)
    print(f"\nbench: written to {out}")
if smoke == "1":
    bad = [f"{s} {l}: {r['requests']} requests, {r['errors']} errors" for (s, l), rs in runs.items() for r in rs
           if r["requests"] == 0 or r["errors"] > 0]
    if bad:
        print("bench: smoke run failed:\n  " + "\n  ".join(bad), file=sys.stderr)
        sys.exit(1)
    print("bench: smoke run passed (every contestant answered, no errors; timings not checked)")
PY
