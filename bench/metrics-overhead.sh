#!/usr/bin/env bash
# Issue 11: server CPU per request with metrics on vs off, side by side in one run: two gateways
# (own JVMs, bench/config/metrics.yaml, BENCH_METRICS=true/false) answering { hello } (API key,
# JS resolver on NONE); rounds alternate, the first variant rotating. Target: metrics add at most
# 10 % CPU per request.
# Tunables (env): WARMUP_ROUNDS=6 ROUNDS=5 ROUND_SECONDS=10 CONNECTIONS=32 WRK_THREADS=1
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
trap stop_started EXIT

WARMUP_ROUNDS="${WARMUP_ROUNDS:-6}"
ROUNDS="${ROUNDS:-5}"
ROUND_SECONDS="${ROUND_SECONDS:-10}"
CONNECTIONS="${CONNECTIONS:-32}"
RESULTS="$WORK/metrics-overhead.results"
BODY='{"query":"{ hello }"}'
EXPECTED='{"data":{"hello":"world"}}'

build
: >"$RESULTS"
BENCH_METRICS=false start_java metrics-off io.tributary.bench.GatewayServerBench bench/config/metrics.yaml
OFF_PID="$LAST_PID"; OFF_URL="$(sed 's#http://localhost#http://127.0.0.1#' <<<"${LAST_READY%% *}")"
BENCH_METRICS=true start_java metrics-on io.tributary.bench.GatewayServerBench bench/config/metrics.yaml
ON_PID="$LAST_PID"; ON_URL="$(sed 's#http://localhost#http://127.0.0.1#' <<<"${LAST_READY%% *}")"
for url in "$OFF_URL" "$ON_URL"; do
  got="$(curl -s -X POST -H 'content-type: application/json' -H "x-api-key: $API_KEY" -d "$BODY" "$url")"
  [ "$got" = "$EXPECTED" ] || { echo "unexpected answer from $url: $got" >&2; exit 1; }
done

export BENCH_BODY="$BODY" BENCH_API_KEY="$API_KEY"
run_pair() { # ROUND PHASE
  if [ $(( $1 % 2 )) = 0 ]; then
    measure metrics-off "$OFF_PID" "$OFF_URL" "$ROUND_SECONDS" "$CONNECTIONS" "$1" "$2"
    measure metrics-on "$ON_PID" "$ON_URL" "$ROUND_SECONDS" "$CONNECTIONS" "$1" "$2"
  else
    measure metrics-on "$ON_PID" "$ON_URL" "$ROUND_SECONDS" "$CONNECTIONS" "$1" "$2"
    measure metrics-off "$OFF_PID" "$OFF_URL" "$ROUND_SECONDS" "$CONNECTIONS" "$1" "$2"
  fi
}
for round in $(seq 1 "$WARMUP_ROUNDS"); do run_pair "$round" warmup; done
for round in $(seq 1 "$ROUNDS"); do run_pair "$round" measured; done

echo "# metrics-overhead: $ROUNDS measured rounds x ${ROUND_SECONDS}s, $CONNECTIONS connections, wrk -t ${WRK_THREADS:-1}; $(nproc) cores"
echo "# $(java -version 2>&1 | head -1); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$BENCH_DIR/summarize.py" metrics-overhead "$RESULTS"
