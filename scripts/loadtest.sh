#!/usr/bin/env bash
# Load test of `herald serve` with wrk (Debian package `wrk`): a store of
# ../shared/corpus/news_politics.jsonl (built once), then /api/events pages
# at a given concurrency. Reports requests/s and latency percentiles.
#
#   scripts/loadtest.sh [CONNECTIONS] [SECONDS] [DB]
#
# Run it on a quiet machine; wrk takes one of the cores it measures on.
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-32}
seconds=${2:-20}
db=${3:-target/loadtest.db}
shared=${HERALD_SHARED:-../shared}
command -v wrk >/dev/null || { echo "loadtest: wrk not found (apt-get install wrk)" >&2; exit 2; }
cargo build --release --locked -q
herald=./target/release/herald
if [ ! -f "$db" ]; then
    "$herald" ingest -q --db "$db" "$shared/corpus/news_politics.jsonl"
fi
port=$((20000 + RANDOM % 20000))
"$herald" serve --db "$db" --addr "127.0.0.1:$port" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 1 50); do
    curl -sf "http://127.0.0.1:$port/api/stats" >/dev/null && break
    sleep 0.1
done
echo "store: $("$herald" query stats --db "$db" | tr -s ' ' | paste -sd ' ' | cut -c1-120)"
for path in "/api/events" "/api/events?root=04&limit=50" "/api/events?actor=Trump&from=2017-01-01&to=2020-12-31"; do
    echo "== GET $path, $connections connections, ${seconds}s"
    wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$path" |
        grep -E "Requests/sec|^ +(50|90|99)%|Non-2xx|Socket errors"
done
