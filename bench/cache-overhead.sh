#!/usr/bin/env bash
# Issue 8: a cached read vs an uncached one and vs the cheapest request there is, side by side in
# one run. One DynamoDB Local (its own JVM); two gateways on bench/config/cache.yaml:
#   gateway-cached   (cache on: getTask cached per id)  variants  hit  = getTask(id) from the cache
#                                                                  none = { ping } (JS on NONE)
#   gateway-uncached (BENCH_CACHE=NONE)                 variant   miss = getTask(id) from DynamoDB
# Rounds rotate over the three variants; server CPU per request is the measured gateway's
# utime+stime delta per round. Target: a hit costs at most 1.3x a NONE request.
# Tunables (env): WARMUP_ROUNDS=4 ROUNDS=5 ROUND_SECONDS=10 CONNECTIONS=32 WRK_THREADS=1
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
trap stop_started EXIT

WARMUP_ROUNDS="${WARMUP_ROUNDS:-4}"
ROUNDS="${ROUNDS:-5}"
ROUND_SECONDS="${ROUND_SECONDS:-10}"
CONNECTIONS="${CONNECTIONS:-32}"
RESULTS="$WORK/cache-overhead.results"

build
: >"$RESULTS"
DDB_CP_FILE="$REPO/gateway/dynamodb-local/target/dynamodb-local.classpath"
[ -f "$DDB_CP_FILE" ] || { echo "missing $DDB_CP_FILE (mvn -o -pl gateway/dynamodb-local package)" >&2; exit 1; }
DDB_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
(cd "$WORK" && exec java -Xmx1g -cp "$(cat "$DDB_CP_FILE")" software.amazon.dynamodb.services.local.main.ServerRunner \
  -sharedDb -inMemory -port "$DDB_PORT") >"$WORK/dynamodb-local.log" 2>&1 &
DDB_PID=$!
STARTED_PIDS+=("$DDB_PID")
export BENCH_DYNAMODB_ENDPOINT="http://127.0.0.1:$DDB_PORT"
deadline=$((SECONDS + 60))
until curl -s -o /dev/null "$BENCH_DYNAMODB_ENDPOINT"; do
  [ "$SECONDS" -lt "$deadline" ] || { tail -20 "$WORK/dynamodb-local.log" >&2; exit 1; }
  sleep 0.5
done
BENCH_CACHE=PER_RESOLVER_CACHING start_java gateway-cached io.tributary.bench.GatewayServerBench bench/config/cache.yaml
C_PID="$LAST_PID"; C_URL="$(sed 's#http://localhost#http://127.0.0.1#' <<<"${LAST_READY%% *}")"
BENCH_CACHE=NONE start_java gateway-uncached io.tributary.bench.GatewayServerBench bench/config/cache.yaml
U_PID="$LAST_PID"; U_URL="$(sed 's#http://localhost#http://127.0.0.1#' <<<"${LAST_READY%% *}")"

post() { curl -s -X POST -H 'content-type: application/json' -H "x-api-key: $API_KEY" -d "$2" "$1"; }
TASK_ID="$(post "$C_URL" '{"query":"mutation { createTask(input: {title: \"bench\"}) { id } }"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["createTask"]["id"])')"
GET_BODY="{\"query\":\"query Q(\$id: ID!) { getTask(id: \$id) { id title status version } }\",\"variables\":{\"id\":\"$TASK_ID\"}}"
PING_BODY='{"query":"{ ping }"}'
for url in "$C_URL" "$U_URL"; do
  got="$(post "$url" "$GET_BODY")"
  grep -q '"title":"bench"' <<<"$got" || { echo "unexpected getTask answer from $url: $got" >&2; exit 1; }
done
[ "$(post "$C_URL" "$PING_BODY")" = '{"data":{"ping":"pong"}}' ] || { echo "ping failed" >&2; exit 1; }
log "task $TASK_ID readable on both gateways; ping answers"

export BENCH_API_KEY="$API_KEY" BENCH_CHECK=1
one() { # VARIANT ROUND PHASE
  case "$1" in
    hit) export BENCH_BODY="$GET_BODY" BENCH_EXPECT='"title":"bench"'; measure hit "$C_PID" "$C_URL" "$ROUND_SECONDS" "$CONNECTIONS" "$2" "$3" ;;
    none) export BENCH_BODY="$PING_BODY" BENCH_EXPECT='"pong"'; measure none "$C_PID" "$C_URL" "$ROUND_SECONDS" "$CONNECTIONS" "$2" "$3" ;;
    miss) export BENCH_BODY="$GET_BODY" BENCH_EXPECT='"title":"bench"'; measure miss "$U_PID" "$U_URL" "$ROUND_SECONDS" "$CONNECTIONS" "$2" "$3" ;;
  esac
}
VARIANTS=(none hit miss)
run_all() { # ROUND PHASE
  local k
  for k in 0 1 2; do one "${VARIANTS[$(( ($1 + k) % 3 ))]}" "$1" "$2"; done
}
for round in $(seq 1 "$WARMUP_ROUNDS"); do run_all "$round" warmup; done
for round in $(seq 1 "$ROUNDS"); do run_all "$round" measured; done

echo "# cache-overhead: $ROUNDS measured rounds x ${ROUND_SECONDS}s, $CONNECTIONS connections, wrk -t ${WRK_THREADS:-1}; $(nproc) cores"
echo "# $(java -version 2>&1 | head -1); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$BENCH_DIR/summarize.py" cache-overhead "$RESULTS"
