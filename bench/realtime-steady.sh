#!/usr/bin/env bash
# (d) Cross-node delivery at a steady rate: two gateway nodes sharing one Redis; SUBSCRIBERS
# connections subscribe on node A, publish mutations go to node B at RATE per second for DURATION
# seconds (open loop). Latency (mutation sent -> data frame received) measured in the client JVM.
# Both nodes are first warmed up (JIT): the prewarm ramp, then WARM_SECONDS at RATE, not counted.
# Usage: bench/realtime-steady.sh [RATE=1000] [DURATION=25] [SUBSCRIBERS=3]
source "$(dirname "$0")/realtime-common.sh"
RATE="${RATE:-1000}"
DURATION="${DURATION:-25}"
SUBSCRIBERS="${SUBSCRIBERS:-3}"
WARM_SECONDS="${WARM_SECONDS:-10}"
build
machine | tee "$OUT/steady.txt"
R=$(free_port)
start_redis "$R"
A=$(free_port); start_gateway steady-A "$A" "$R"
B=$(free_port); start_gateway steady-B "$B" "$R"
prewarm "$A" "$B" | tee -a "$OUT/steady.txt"
# a last warm-up at the target rate, in its own client JVM, not counted
bench_java LatencyBench subPort="$A" pubPort="$B" apiKey="$API_KEY" rate="$RATE" samples=$((RATE * WARM_SECONDS)) \
  warmup=0 subscribers=1 label=warm-up | grep '^RESULT' | sed 's/^RESULT/warm-up (not counted):/' | tee -a "$OUT/steady.txt"
# measured run: first 2 s of the client's own traffic are its warm-up
bench_java LatencyBench subPort="$A" pubPort="$B" apiKey="$API_KEY" rate="$RATE" samples=$((RATE * DURATION)) \
  warmup=$((RATE * 2)) subscribers="$SUBSCRIBERS" label=cross-node-steady | tee -a "$OUT/steady.txt"
echo "load average after run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/steady.txt"
grep '^RESULT' "$OUT/steady.txt"
