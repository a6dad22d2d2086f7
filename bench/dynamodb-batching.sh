#!/usr/bin/env bash
# Issue 3: listMessages(limit: 100) { items { author { userId username } } } with the authors'
# GetItems coalesced into BatchGetItem ("batch-on", the default) vs one GetItem each
# ("batch-off", dynamodb.batchGetItems: false, the N+1 baseline), side by side in one run.
# One DynamoDB Local (in memory, its own JVM) serves two gateways (own JVMs, same config but the
# switch); it is seeded with 1 conversation of 100 messages by 100 distinct users. wrk loads one
# gateway at a time with a fixed number of connections, rounds alternate on,off / off,on; each
# gateway's DynamoDB call counts are read from its bench JVM (GatewayServerBench's /calls) before
# and after every round, and every response body is checked (no "errors", 100 authors present).
# Tunables (env): WARMUP_ROUNDS=6 ROUNDS=4 ROUND_SECONDS=15 CONNECTIONS=8 WRK_THREADS=1
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
trap stop_started EXIT

WARMUP_ROUNDS="${WARMUP_ROUNDS:-6}"
ROUNDS="${ROUNDS:-4}"
ROUND_SECONDS="${ROUND_SECONDS:-15}"
CONNECTIONS="${CONNECTIONS:-8}"
RESULTS="$WORK/dynamodb-batching.results"
CONVERSATION="bench-conversation"
QUERY='query List($c: ID!) { listMessages(conversationId: $c, limit: 100) { items { id author { userId username } } } }'
BODY="{\"query\":\"$QUERY\",\"variables\":{\"c\":\"$CONVERSATION\"}}"

build
: >"$RESULTS"

# DynamoDB Local, started the way the gateway starts it (its own JVM, from the classpath file the
# build writes; never on the gateway's classpath).
DDB_CP_FILE="$REPO/gateway/dynamodb-local/target/dynamodb-local.classpath"
[ -f "$DDB_CP_FILE" ] || { echo "missing $DDB_CP_FILE (mvn -o -pl gateway/dynamodb-local package)" >&2; exit 1; }
DDB_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
# Run from bench/target: DynamoDB Local writes a metadata file into its working directory.
(cd "$WORK" && exec java -Xmx1g -cp "$(cat "$DDB_CP_FILE")" software.amazon.dynamodb.services.local.main.ServerRunner \
  -sharedDb -inMemory -port "$DDB_PORT") >"$WORK/dynamodb-local.log" 2>&1 &
DDB_PID=$!
STARTED_PIDS+=("$DDB_PID")
export BENCH_DYNAMODB_ENDPOINT="http://127.0.0.1:$DDB_PORT"
log "DynamoDB Local pid $DDB_PID on $BENCH_DYNAMODB_ENDPOINT"

# The first gateway creates the tables (the gateway waits for DynamoDB Local to answer).
deadline=$((SECONDS + 60))
until curl -s -o /dev/null "$BENCH_DYNAMODB_ENDPOINT"; do
  [ "$SECONDS" -lt "$deadline" ] || { tail -20 "$WORK/dynamodb-local.log" >&2; exit 1; }
  sleep 0.5
done
BENCH_BATCH=true start_java gateway-batch-on io.tributary.bench.GatewayServerBench bench/config/chat.yaml
ON_PID="$LAST_PID"; ON_URL="$(sed 's#http://localhost#http://127.0.0.1#' <<<"${LAST_READY%% *}")"
ON_STATS="http://127.0.0.1:${LAST_READY##*stats=}/calls"
BENCH_BATCH=false start_java gateway-batch-off io.tributary.bench.GatewayServerBench bench/config/chat.yaml
OFF_PID="$LAST_PID"; OFF_URL="$(sed 's#http://localhost#http://127.0.0.1#' <<<"${LAST_READY%% *}")"
OFF_STATS="http://127.0.0.1:${LAST_READY##*stats=}/calls"

(cd "$REPO" && java -cp "$CP" io.tributary.bench.ChatSeedBench "$BENCH_DYNAMODB_ENDPOINT" "$CONVERSATION" 100) >&2

# Both gateways must return the page with all 100 distinct authors before anything is timed.
for url in "$ON_URL" "$OFF_URL"; do
  curl -s -X POST -H 'content-type: application/json' -H "x-api-key: $API_KEY" -d "$BODY" "$url" \
    | python3 -c '
import json, sys
body = json.load(sys.stdin)
items = body.get("data", {}).get("listMessages", {}).get("items", [])
authors = {i["author"]["username"] for i in items if i.get("author")}
if "errors" in body or len(items) != 100 or len(authors) != 100:
    sys.exit("unexpected answer: %d items, %d authors, errors=%s" % (len(items), len(authors), body.get("errors")))
' || { echo "from $url" >&2; exit 1; }
done
log "both gateways return 100 messages with 100 distinct authors"

export BENCH_BODY="$BODY" BENCH_API_KEY="$API_KEY" BENCH_CHECK=1 BENCH_EXPECT='"username":"user100"'
export BACKEND_PID="$DDB_PID"
run_pair() { # ROUND PHASE : both variants once, order alternating by round
  if [ $(($1 % 2)) -eq 1 ]; then
    measure batch-on "$ON_PID" "$ON_URL" "$ROUND_SECONDS" "$CONNECTIONS" "$1" "$2" "$ON_STATS"
    measure batch-off "$OFF_PID" "$OFF_URL" "$ROUND_SECONDS" "$CONNECTIONS" "$1" "$2" "$OFF_STATS"
  else
    measure batch-off "$OFF_PID" "$OFF_URL" "$ROUND_SECONDS" "$CONNECTIONS" "$1" "$2" "$OFF_STATS"
    measure batch-on "$ON_PID" "$ON_URL" "$ROUND_SECONDS" "$CONNECTIONS" "$1" "$2" "$ON_STATS"
  fi
}
for round in $(seq 1 "$WARMUP_ROUNDS"); do run_pair "$round" warmup; done
for round in $(seq 1 "$ROUNDS"); do run_pair "$round" measured; done

# Exact DynamoDB calls per request: one request at a time, nothing in flight, counts read
# before and after (under load a round's count also includes the calls of requests wrk cut off).
exact_calls() { # NAME URL STATS_URL
  local before after
  before="$(curl -s "$3")"
  for _ in $(seq 1 "$EXACT_REQUESTS"); do
    curl -s -o /dev/null -X POST -H 'content-type: application/json' -H "x-api-key: $API_KEY" -d "$BODY" "$2"
  done
  after="$(curl -s "$3")"
  python3 -c '
import json, sys
name, n, before, after = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3]), json.loads(sys.argv[4])
calls = {op: (after.get(op, 0) - before.get(op, 0)) / n for op in sorted(set(before) | set(after))}
calls = {op: c for op, c in calls.items() if c}
print("| %s | %d | %s | %.2f |" % (name, n, ", ".join("%s %.2f" % kv for kv in calls.items()), sum(calls.values())))
' "$1" "$EXACT_REQUESTS" "$before" "$after"
}
EXACT_REQUESTS="${EXACT_REQUESTS:-10}"
EXACT="$(printf '| variant | sequential requests | DynamoDB calls per request | total |\n|---|---|---|---|\n'
  exact_calls batch-on "$ON_URL" "$ON_STATS"; exact_calls batch-off "$OFF_URL" "$OFF_STATS")"

echo "# dynamodb-batching: $ROUNDS measured rounds x ${ROUND_SECONDS}s, $CONNECTIONS connections, wrk -t ${WRK_THREADS:-1}; $(nproc) cores"
python3 "$BENCH_DIR/summarize.py" dynamodb-batching "$RESULTS"
echo
echo "Exact DynamoDB calls per request (sequential, after the load):"
echo
echo "$EXACT"
