#!/usr/bin/env bash
# (a) mutation -> event latency for one subscriber, measured in a separate client JVM:
#   1. one node, no Redis (the single-node deployment);
#   2. one node with Redis enabled (subscriber and mutation on the same node);
#   3. two nodes through Redis: subscribe on A, mutate on B.
# Each node is first warmed up (JIT) by a ramp of mutations (prewarm in realtime-common.sh), not counted; each measured
# client run also discards its first WARMUP samples.
# Usage: bench/realtime-latency.sh [RATE=200] [SAMPLES=3000]
source "$(dirname "$0")/realtime-common.sh"
RATE="${RATE:-200}"
SAMPLES="${SAMPLES:-3000}"
WARMUP="${WARMUP:-2000}"
build
machine | tee "$OUT/latency.txt"

A=$(free_port)
start_gateway latency-single "$A"
prewarm "$A" "$A" | tee -a "$OUT/latency.txt"
bench_java LatencyBench subPort="$A" pubPort="$A" apiKey="$API_KEY" rate="$RATE" samples="$SAMPLES" \
  warmup="$WARMUP" label=one-node-no-redis | tee -a "$OUT/latency.txt"
stop_pid "$GATEWAY_PID"

R=$(free_port)
start_redis "$R"
A=$(free_port); start_gateway latency-A "$A" "$R"; PID_A=$GATEWAY_PID
B=$(free_port); start_gateway latency-B "$B" "$R"; PID_B=$GATEWAY_PID
prewarm "$A" "$B" | tee -a "$OUT/latency.txt"
prewarm "$B" "$A" | tee -a "$OUT/latency.txt"
bench_java LatencyBench subPort="$A" pubPort="$A" apiKey="$API_KEY" rate="$RATE" samples="$SAMPLES" \
  warmup="$WARMUP" label=one-node-redis-on | tee -a "$OUT/latency.txt"
bench_java LatencyBench subPort="$A" pubPort="$B" apiKey="$API_KEY" rate="$RATE" samples="$SAMPLES" \
  warmup="$WARMUP" label=two-nodes-redis | tee -a "$OUT/latency.txt"
echo "load average after run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/latency.txt"
grep '^RESULT' "$OUT/latency.txt"
