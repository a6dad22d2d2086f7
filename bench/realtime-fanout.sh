#!/usr/bin/env bash
# (b) Fan-out: CONNECTIONS AppSync connections (one onPublished subscription each) on one gateway
# node, held by a separate client JVM; each round sends one publish mutation and times, in the
# client JVM, how long until the LAST connection has the data frame. p50/p99 over ROUNDS rounds.
# Usage: bench/realtime-fanout.sh [CONNECTIONS=10000] [ROUNDS=40]
source "$(dirname "$0")/realtime-common.sh"
CONNECTIONS="${CONNECTIONS:-10000}"
ROUNDS="${ROUNDS:-40}"
WARMUP_ROUNDS="${WARMUP_ROUNDS:-10}"
build
machine | tee "$OUT/fanout.txt"
P=$(free_port)
start_gateway fanout "$P"
bench_java FanoutBench port="$P" apiKey="$API_KEY" connections="$CONNECTIONS" rounds="$ROUNDS" \
  warmup="$WARMUP_ROUNDS" pauseMillis=300 parallel=200 loops=2 serverPid="$GATEWAY_PID" | tee -a "$OUT/fanout.txt"
echo "load average after run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/fanout.txt"
grep '^RESULT' "$OUT/fanout.txt"
