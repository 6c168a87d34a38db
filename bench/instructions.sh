#!/usr/bin/env bash
# Instructions per proxied request, counted by valgrind's callgrind: unlike CPU
# time it does not move when other work shares the machine, so it can resolve
# a change of a few per cent that bench/run.sh's rounds cannot on a busy host.
#
# Each binary runs `proxy -q` under callgrind twice, for N and 3N requests
# (upstreamlab load, keep-alive, 10 connections, against an upstreamlab mock);
# the difference over 2N is the cost per request, start-up and shut-down removed.
# With --allocations it counts heap allocations per request instead (malloc,
# calloc, realloc and operator new, as valgrind's memcheck reports them);
# --at-most LIMIT then exits 1 when a binary makes more (ctest's
# bench_allocations). With --no-keepalive every request comes on a connection
# of its own, so the figures are per connection. `proxy -q` keeps no request
# log (nginx's access_log off); with --record it keeps one, unprinted
# (UPSTREAMLAB_PROXY_RECORD=1), so the log's cost is counted too, as in the
# app. Exits 77 without valgrind.
#   Usage: bench/instructions.sh [--allocations [--at-most LIMIT]] [--no-keepalive] [--record] [N] BINARY[:PROXY-OPTIONS]...
#          (N default 2000)
#   e.g.   bench/instructions.sh 2000 /tmp/before/upstreamlab build/release/app/upstreamlab \
#              build/release/app/upstreamlab:--explain
set -euo pipefail
cd "$(dirname "$0")/.."
n=2000
allocations=0
at_most=""
load_options=()
usage="usage: bench/instructions.sh [--allocations [--at-most LIMIT]] [--no-keepalive] [--record] [N] BINARY[:PROXY-OPTIONS]..."
while [[ "${1:-}" == --* ]]; do
    case $1 in
    --allocations) allocations=1; shift ;;
    --at-most) (($# >= 2)) || { echo "$usage" >&2; exit 2; }; at_most=$2; shift 2 ;;
    --no-keepalive) load_options=(--no-keepalive); shift ;;
    --record) export UPSTREAMLAB_PROXY_RECORD=1; shift ;;
    *) echo "$usage" >&2; exit 2 ;;
    esac
done
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then n=$1; shift; fi
(($# > 0)) || { echo "$usage" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "bench: needs valgrind" >&2; exit 77; }
# The mock backend and the load generator (BENCH_APP: another build's).
app="${BENCH_APP:-$PWD/build/release/app/upstreamlab}"
[[ -x "$app" ]] || { echo "bench: build first: scripts/setup.sh release (or set BENCH_APP)" >&2; exit 1; }

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

backend_port=18191; proxy_port=18192
wait_port() {
    for _ in $(seq 1 400); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.05
    done
    echo "bench: nothing listens on $1" >&2; exit 1
}
"$app" mock --listen "127.0.0.1:$backend_port" --name backend > /dev/null 2>&1 &
pids+=($!)
wait_port $backend_port
cat > "$work/lab.json" <<JSON
{ "format": 1, "name": "bench",
  "listeners": [ { "address": "127.0.0.1", "port": $proxy_port, "routes": [ { "location": "/", "upstream": "backend" } ] } ],
  "upstreams": [ { "name": "backend", "keepalive": 256, "servers": [ { "name": "backend", "address": "127.0.0.1:$backend_port" } ] } ],
  "proxy": { "workers": 1, "upstream_name_header": true, "keepalive_requests": 1000000 },
  "backends": [] }
JSON
"$app" export-nginx "$work/lab.json" -o "$work/lab.conf"

instructions() { # binary options requests
    local out="$work/valgrind.out"
    local tool=(--tool=callgrind --callgrind-out-file="$out")
    ((allocations)) && tool=(--tool=memcheck --leak-check=no --log-file="$out")
    # shellcheck disable=SC2086 # the options are words
    valgrind "${tool[@]}" "$1" proxy -q -c "$work/lab.conf" $2 > /dev/null 2>&1 &
    local pid=$!
    wait_port $proxy_port
    "$app" load "http://127.0.0.1:$proxy_port/" -n "$3" -c 10 "${load_options[@]}" > /dev/null
    kill -TERM "$pid"
    wait "$pid" || true
    if ((allocations)); then # "total heap usage: 12,345 allocs, 12,001 frees, …"
        sed -nE 's/.*total heap usage: ([0-9,]+) allocs.*/\1/p' "$out" | tr -d ,
    else
        awk '/^summary:/ { print $2 }' "$out"
    fi
}

unit=request
((${#load_options[@]})) && unit=connection
printf "%-60s %14s\n" "proxy" "$( ((allocations)) && echo allocs/$unit || echo instr/$unit)"
status=0
for spec in "$@"; do
    bin=${spec%%:*}
    options=""
    [[ "$spec" == *:* ]] && options=${spec#*:}
    small=$(instructions "$bin" "$options" "$n")
    large=$(instructions "$bin" "$options" $((3 * n)))
    [[ -n "$small" && -n "$large" ]] || { echo "bench: valgrind reported no total for $spec" >&2; exit 1; }
    per=$(awk -v a="$small" -v b="$large" -v n="$n" 'BEGIN { print (b - a) / (2 * n) }')
    if ((allocations)); then printf "%-60s %14.2f\n" "$spec" "$per"; else printf "%-60s %14.0f\n" "$spec" "$per"; fi
    if [[ -n "$at_most" ]] && awk -v p="$per" -v m="$at_most" 'BEGIN { exit !(p > m) }'; then
        echo "bench: $spec makes $per heap allocations per request, more than $at_most" >&2
        status=1
    fi
done
exit $status
