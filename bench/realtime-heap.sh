#!/usr/bin/env bash
# (c) Heap per idle subscribed connection, measured in the SERVER JVM only (the client is its own
# JVM): full GC via jcmd, then used heap from GC.heap_info, with 0 and N idle connections that
# each hold one AppSync subscription. Done for the gateway and for a bare Vert.x 5 WebSocket
# server (BareWebSocketServer) started with the same JVM flags, in Vert.x's default mode and in
# strict thread mode (which the gateway uses). Also writes class histograms
# (GC.class_histogram, i.e. jmap -histo:live) at 0 and N and their per-connection difference.
# Usage: bench/realtime-heap.sh [N=5000]
source "$(dirname "$0")/realtime-common.sh"
N="${N:-5000}"
WARM="${WARM:-1000}"
build
machine | tee "$OUT/heap.txt"

used_heap_kb() { # used_heap_kb PID: used heap after three full collections
  local pid="$1"
  for _ in 1 2 3; do jcmd "$pid" GC.run >/dev/null; sleep 1; done
  jcmd "$pid" GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -1
}

# hold_connections PORT COUNT: opens COUNT idle subscribed connections in a client JVM; sets CLIENT_PID
hold_connections() {
  local log="$OUT/idle-client-$1-$2.log"
  java $CLIENT_JVM_FLAGS -cp "$CP" io.tributary.bench.realtime.IdleConnectionsClient port="$1" connections="$2" \
    apiKey="$API_KEY" holdSeconds=600 >"$log" 2>&1 &
  CLIENT_PID=$!
  STARTED_PIDS+=($CLIENT_PID)
  wait_for_line "$log" "^READY" 300
}

# measure NAME PID PORT: warm-up with WARM connections (so lazily built per-loop state and JIT
# are in the baseline), then heap at 0 and at N connections, histograms at both.
measure() {
  local name="$1" pid="$2" port="$3"
  hold_connections "$port" "$WARM"; stop_pid "$CLIENT_PID"; sleep 3
  local zero; zero=$(used_heap_kb "$pid")
  jcmd "$pid" GC.class_histogram >"$OUT/histo-$name-0.txt"
  hold_connections "$port" "$N"; sleep 2
  local full; full=$(used_heap_kb "$pid")
  jcmd "$pid" GC.class_histogram >"$OUT/histo-$name-$N.txt"
  stop_pid "$CLIENT_PID"
  local per; per=$(( (full - zero) * 1024 / N ))
  echo "RESULT heap $name connections=$N used0=${zero}K usedN=${full}K perConnection=${per}B" | tee -a "$OUT/heap.txt"
  python3 "$ROOT/bench/realtime-histo-diff.py" "$OUT/histo-$name-0.txt" "$OUT/histo-$name-$N.txt" "$N" \
    >"$OUT/histo-$name-diff.txt"
  head -30 "$OUT/histo-$name-diff.txt" | tee -a "$OUT/heap.txt"
}

P=$(free_port)
start_gateway heap-gateway "$P"
measure gateway "$GATEWAY_PID" "$P"
stop_pid "$GATEWAY_PID"

P=$(free_port)
start_bare_server "$P" false
measure bare-default "$BARE_PID" "$P"
stop_pid "$BARE_PID"

P=$(free_port)
start_bare_server "$P" true
measure bare-strict "$BARE_PID" "$P"
stop_pid "$BARE_PID"
grep '^RESULT' "$OUT/heap.txt"
