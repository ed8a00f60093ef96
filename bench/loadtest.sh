#!/usr/bin/env bash
# Load test of `dyad serve` (docs/http-api.md): builds an event store from the
# seed article and (unless --no-corpus) the Dutch news corpus, serves it on a
# free loopback port and runs wrk over a mix of endpoints (bench/loadtest.lua:
# events between RUS and PRK, their monthly series, actors, network, a
# document). Prints requests/s, the latency distribution and the errors;
# exits 1 on any non-2xx answer or socket error (timeouts included).
#
#   bench/loadtest.sh [--duration 30s] [--connections 50] [--no-corpus] [--synthetic N]
#                     [--no-cache] [--db FILE] [--rebuild]
#
# --synthetic N: a generated store of N events (bench/store_gen.h, made by
# build/bench/dyad_gen_events) instead of the news. --no-cache: serve with
# --cache-mb 0, so every answer is computed (the mix repeats five requests,
# which the cache otherwise answers from memory after the first round).
# The store is kept (default: build/bench/loadtest.db, loadtest-seed.db with
# --no-corpus, loadtest-synthetic-N.db) and reused unless --rebuild. Environment:
# DYAD_BINARY (default build/dyad), DYAD_DATA (default ../shared),
# DYAD_MODELS (for `dyad ingest`).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dyad=${DYAD_BINARY:-$root/build/dyad}
data=${DYAD_DATA:-$root/../shared}
duration=30s connections=50 corpus=1 synthetic=0 cache_mb=64 db="" rebuild=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --no-corpus) corpus=0; shift ;;
    --synthetic) synthetic=$2; shift 2 ;;
    --no-cache) cache_mb=0; shift ;;
    --db) db=$2; shift 2 ;;
    --rebuild) rebuild=1; shift ;;
    *) echo "usage: $0 [--duration 30s] [--connections 50] [--no-corpus] [--synthetic N] [--no-cache]" \
            "[--db FILE] [--rebuild]" >&2; exit 2 ;;
  esac
done
for tool in wrk curl; do
  command -v $tool >/dev/null || { echo "loadtest: $tool is not installed (scripts/install-deps.sh)" >&2; exit 2; }
done
[[ -x $dyad ]] || { echo "loadtest: no dyad binary at $dyad (build first, or set DYAD_BINARY)" >&2; exit 2; }

inputs=("$data/examples/seed-nl.txt")
[[ $corpus == 1 ]] && inputs+=("$data/corpora/nl/dpgmedia2019-articles.jsonl")
if [[ -z $db && $synthetic -gt 0 ]]; then
  db=$(dirname "$dyad")/bench/loadtest-synthetic-$synthetic.db
elif [[ -z $db ]]; then
  db=$(dirname "$dyad")/bench/loadtest$([[ $corpus == 1 ]] || echo -seed).db
fi
mkdir -p "$(dirname "$db")"

work=$(mktemp -d)
server=""
cleanup() {
  if [[ -n $server ]] && kill -0 "$server" 2>/dev/null; then kill -TERM "$server"; wait "$server" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ $synthetic -gt 0 && ( $rebuild == 1 || ! -f $db ) ]]; then
  rm -f "$db" "$db-wal" "$db-shm"
  gen=$(dirname "$dyad")/bench/dyad_gen_events
  [[ -x $gen ]] || { echo "loadtest: no $gen (cmake --build build --target dyad_gen_events)" >&2; exit 2; }
  "$gen" --events "$synthetic" "$db" || { rm -f "$db"; exit 1; }
elif [[ $rebuild == 1 || ! -f $db ]]; then
  rm -f "$db" "$db-wal" "$db-shm"
  echo "loadtest: building $db from ${inputs[*]}"
  start=$(date +%s%N)
  # Exit status 1: some documents failed (listed) and the rest are stored.
  status=0
  "$dyad" ingest --db "$db" "${inputs[@]}" >"$work/ingest.out" 2>&1 || status=$?
  if [[ $status -gt 1 || ! -f $db ]]; then
    echo "loadtest: dyad ingest failed:" >&2; tail -20 "$work/ingest.out" >&2; rm -f "$db"; exit 1
  fi
  tail -1 "$work/ingest.out"
  echo "loadtest: ingest took $(( ($(date +%s%N) - start) / 1000000 )) ms"
fi

# --web: an empty directory, so / is the placeholder and only the API is measured.
mkdir "$work/web"
"$dyad" serve --db "$db" --port 0 --web "$work/web" --cache-mb "$cache_mb" \
  >"$work/serve.out" 2>"$work/serve.err" &
server=$!
for _ in $(seq 100); do
  grep -q '^dyad serve: http' "$work/serve.out" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { echo "loadtest: dyad serve failed:" >&2; cat "$work/serve.err" >&2; exit 1; }
  sleep 0.1
done
head -1 "$work/serve.out"
port=$(sed -n 's|^dyad serve: http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve.out")
[[ -n $port ]] || { echo "loadtest: no port in: $(cat "$work/serve.out")" >&2; exit 1; }
url=http://127.0.0.1:$port

# Every path of the mix must answer 200 before it is measured.
for path in $(sed -n 's/^ *"\(\/api\/[^"]*\)",*$/\1/p' "$root/bench/loadtest.lua"); do
  status=$(curl -s --noproxy '*' -o "$work/body" -w '%{http_code}' "$url$path")
  [[ $status == 200 ]] || { echo "loadtest: GET $path answered $status: $(head -c 300 "$work/body")" >&2; exit 1; }
done

echo "loadtest: wrk -t2 -c$connections -d$duration --latency over $url"
wrk -t2 -c"$connections" -d"$duration" --timeout 10s --latency -s "$root/bench/loadtest.lua" "$url" |
  tee "$work/wrk.out"
result=$(grep '^RESULT ' "$work/wrk.out") || { echo "loadtest: wrk printed no RESULT line" >&2; exit 1; }
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$result"; }
errors=$(( $(field non2xx) + $(field connect) + $(field read) + $(field write) + $(field timeout) ))
echo "loadtest: $(field requests) requests, $(field rps) requests/s, p50 $(field p50_ms) ms, p99 $(field p99_ms) ms," \
     "non-2xx $(field non2xx), socket errors $(( errors - $(field non2xx) ))"

kill -TERM "$server"
wait "$server" || { echo "loadtest: dyad serve did not stop cleanly" >&2; server=""; exit 1; }
server=""
if [[ $errors -gt 0 ]]; then
  echo "loadtest: FAILED: $errors errors" >&2
  exit 1
fi
echo "loadtest: OK"
