#!/usr/bin/env bash
# Issue 2: gateway overhead over a raw Vert.x 5 HTTP endpoint, side by side in one run.
#   (a) io.tributary.bench.RawHttpBench: parses the POSTed JSON, answers {"data":{"hello":"world"}}
#   (b) the gateway (bench/config/playground.yaml): API-key auth, GraphQL, the JS resolver of
#       Query.hello on a NONE data source; same body.
# Each server runs in its own JVM; wrk (another process) loads one at a time with a fixed number
# of connections; rounds alternate a,b / b,a so drift hits both. Server CPU per request comes from
# utime+stime in /proc/<pid>/stat before and after each round.
# Tunables (env): WARMUP_ROUNDS=6 ROUNDS=5 ROUND_SECONDS=10 CONNECTIONS=32 WRK_THREADS=1
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
trap stop_started EXIT

WARMUP_ROUNDS="${WARMUP_ROUNDS:-6}"
ROUNDS="${ROUNDS:-5}"
ROUND_SECONDS="${ROUND_SECONDS:-10}"
CONNECTIONS="${CONNECTIONS:-32}"
RESULTS="$WORK/http-overhead.results"
BODY='{"query":"{ hello }"}'
EXPECTED='{"data":{"hello":"world"}}'

build
: >"$RESULTS"
start_java raw io.tributary.bench.RawHttpBench
RAW_PID="$LAST_PID"; RAW_URL="${LAST_READY%% *}"
start_java gateway io.tributary.bench.GatewayServerBench bench/config/playground.yaml
GW_PID="$LAST_PID"; GW_URL="$(sed 's#http://localhost#http://127.0.0.1#' <<<"${LAST_READY%% *}")"

# Both must give the same body before anything is timed.
for url in "$RAW_URL" "$GW_URL"; do
  got="$(curl -s -X POST -H 'content-type: application/json' -H "x-api-key: $API_KEY" -d "$BODY" "$url")"
  [ "$got" = "$EXPECTED" ] || { echo "unexpected answer from $url: $got" >&2; exit 1; }
done
log "both answer $EXPECTED"

export BENCH_BODY="$BODY" BENCH_API_KEY="$API_KEY"
run_pair() { # ROUND PHASE : both variants once, order alternating by round
  if [ $(($1 % 2)) -eq 1 ]; then
    measure raw "$RAW_PID" "$RAW_URL" "$ROUND_SECONDS" "$CONNECTIONS" "$1" "$2"
    measure gateway "$GW_PID" "$GW_URL" "$ROUND_SECONDS" "$CONNECTIONS" "$1" "$2"
  else
    measure gateway "$GW_PID" "$GW_URL" "$ROUND_SECONDS" "$CONNECTIONS" "$1" "$2"
    measure raw "$RAW_PID" "$RAW_URL" "$ROUND_SECONDS" "$CONNECTIONS" "$1" "$2"
  fi
}
for round in $(seq 1 "$WARMUP_ROUNDS"); do run_pair "$round" warmup; done
for round in $(seq 1 "$ROUNDS"); do run_pair "$round" measured; done

# A last check that the gateway still answers correctly after the load.
got="$(curl -s -X POST -H 'content-type: application/json' -H "x-api-key: $API_KEY" -d "$BODY" "$GW_URL")"
[ "$got" = "$EXPECTED" ] || { echo "gateway answer changed under load: $got" >&2; exit 1; }

echo "# http-overhead: $ROUNDS measured rounds x ${ROUND_SECONDS}s, $CONNECTIONS connections, wrk -t ${WRK_THREADS:-1}; $(nproc) cores"
python3 "$BENCH_DIR/summarize.py" http-overhead "$RESULTS"
