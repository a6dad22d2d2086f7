#!/usr/bin/env bash
# Issue 7: CPU per request with a user-pool JWT (RS256, JWKS cached) vs an API key, side by side in
# one run against ONE gateway process (bench/config/jwt.yaml), so both variants share the JVM, the
# JIT state and the machine's noise. The same field (memberNote: @aws_cognito_user_pools
# @aws_api_key, a JS resolver on NONE) answers both. Rounds alternate api-key / jwt, starting
# variant rotating; server CPU per request = (utime+stime delta) / requests of that round.
# Tunables (env): WARMUP_ROUNDS=6 ROUNDS=5 ROUND_SECONDS=10 CONNECTIONS=32 WRK_THREADS=1
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
trap stop_started EXIT

WARMUP_ROUNDS="${WARMUP_ROUNDS:-6}"
ROUNDS="${ROUNDS:-5}"
ROUND_SECONDS="${ROUND_SECONDS:-10}"
CONNECTIONS="${CONNECTIONS:-32}"
RESULTS="$WORK/jwt-overhead.results"
BODY='{"query":"{ memberNote }"}'
EXPECTED='{"data":{"memberNote":"memberNote for you"}}'

build
: >"$RESULTS"
start_java gateway io.tributary.bench.GatewayServerBench bench/config/jwt.yaml
PID="$LAST_PID"
URL="$(sed 's#http://localhost#http://127.0.0.1#' <<<"${LAST_READY%% *}")"
TOKEN="$(cd "$REPO" && java -cp "$CP" io.tributary.bootstrap.Main token --config bench/config/jwt.yaml \
  --user bench-user --groups staff --use access --lifetime 24h)"

check_answer() { # HEADER WHEN
  local got
  got="$(curl -s -X POST -H 'content-type: application/json' -H "$1" -d "$BODY" "$URL")"
  [ "$got" = "$EXPECTED" ] || { echo "unexpected answer $2 ($1): $got" >&2; exit 1; }
}
check_answer "x-api-key: $API_KEY" "before the load"
check_answer "authorization: $TOKEN" "before the load"
log "api-key and jwt both answer $EXPECTED"

export BENCH_BODY="$BODY" BENCH_API_KEY="$API_KEY"
one() { # VARIANT ROUND PHASE
  if [ "$1" = jwt ]; then export BENCH_AUTHORIZATION="$TOKEN"; else export BENCH_AUTHORIZATION=""; fi
  measure "$1" "$PID" "$URL" "$ROUND_SECONDS" "$CONNECTIONS" "$2" "$3"
}
run_all() { # ROUND PHASE
  if [ $(( $1 % 2 )) = 0 ]; then one api-key "$1" "$2"; one jwt "$1" "$2"; else one jwt "$1" "$2"; one api-key "$1" "$2"; fi
}
for round in $(seq 1 "$WARMUP_ROUNDS"); do run_all "$round" warmup; done
for round in $(seq 1 "$ROUNDS"); do run_all "$round" measured; done
check_answer "x-api-key: $API_KEY" "after the load"
check_answer "authorization: $TOKEN" "after the load"

echo "# jwt-overhead: $ROUNDS measured rounds x ${ROUND_SECONDS}s, $CONNECTIONS connections, wrk -t ${WRK_THREADS:-1}; $(nproc) cores"
echo "# one gateway process, $(java -version 2>&1 | head -1); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$BENCH_DIR/summarize.py" jwt-overhead "$RESULTS"
