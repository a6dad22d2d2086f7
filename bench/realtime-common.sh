# Shared by the bench/realtime-*.sh scripts: build, classpath, free ports, starting gateway nodes,
# Redis and the bare WebSocket server in their own JVMs, and killing every PID we started on exit.
# Source it; do not run it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${OUT:-${TMPDIR:-/tmp}/tributary-realtime-bench}"
API_KEY="da2-rtbench00000000000000000001"
SERVER_JVM_FLAGS="${SERVER_JVM_FLAGS:--Xms1g -Xmx1g -XX:+UseG1GC}"
CLIENT_JVM_FLAGS="${CLIENT_JVM_FLAGS:--Xms512m -Xmx1g -XX:+UseG1GC}"
STARTED_PIDS=()
mkdir -p "$OUT"

# 10,000 sockets per side need more than the default 1024 descriptors: ask for 65536, or the
# hard limit where that is lower (20000 on the machine measured; each JVM needs ~10,100).
if ! ulimit -n 65536 2>/dev/null; then
  ulimit -n "$(ulimit -Hn)"
fi

cleanup() {
  for pid in "${STARTED_PIDS[@]:-}"; do
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${STARTED_PIDS[@]:-}"; do
    [[ -n "$pid" ]] && wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT INT TERM

build() {
  if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    (cd "$ROOT" && mvn -B -q -o -pl gateway/server -am test-compile)
  fi
  local cpfile="$ROOT/gateway/server/target/rtbench.classpath"
  if [[ ! -s "$cpfile" || "${SKIP_BUILD:-0}" != 1 ]]; then
    (cd "$ROOT" && mvn -B -q -o -pl gateway/server dependency:build-classpath \
      -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test)
  fi
  CP="$ROOT/gateway/server/target/test-classes:$ROOT/gateway/server/target/classes:$(cat "$cpfile")"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# wait_for_line FILE PATTERN SECONDS: waits until FILE contains PATTERN, fails after SECONDS.
wait_for_line() {
  local file="$1" pattern="$2" seconds="$3" i
  for ((i = 0; i < seconds * 10; i++)); do
    if grep -q "$pattern" "$file" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "timed out after ${seconds}s waiting for '$pattern' in $file" >&2
  tail -20 "$file" >&2 || true
  return 1
}

start_redis() { # start_redis PORT
  redis-server --port "$1" --save "" --appendonly no --bind 127.0.0.1 >"$OUT/redis-$1.log" 2>&1 &
  STARTED_PIDS+=($!)
  wait_for_line "$OUT/redis-$1.log" "Ready to accept connections" 30
}

# start_gateway NAME PORT [REDIS_PORT]: one gateway node in its own JVM serving the playground
# source API (NONE data source, Mutation.publish -> Subscription.onPublished). Sets GATEWAY_PID.
start_gateway() {
  local name="$1" port="$2" redis_port="${3:-}"
  local config="$OUT/$name.yaml"
  cat >"$config" <<YAML
server:
  host: 127.0.0.1
  port: $port
sourceApis:
  directory: $ROOT/gateway/server/src/test/resources/fixtures/playground
auth:
  apiKeys:
    - id: rtbench
      key: $API_KEY
      expires: 2099-01-01T00:00:00Z
redis:
  enabled: $([[ -n "$redis_port" ]] && echo true || echo false)
  endpoint: redis://127.0.0.1:${redis_port:-6379}
YAML
  (cd "$ROOT" && exec java $SERVER_JVM_FLAGS -cp "$CP" io.tributary.bootstrap.Main --config "$config") \
    >"$OUT/$name.log" 2>&1 &
  GATEWAY_PID=$!
  STARTED_PIDS+=($GATEWAY_PID)
  wait_for_line "$OUT/$name.log" "Tributary is serving GraphQL" 120
}

start_bare_server() { # start_bare_server PORT [STRICT_THREAD_MODE]; sets BARE_PID
  java $SERVER_JVM_FLAGS -cp "$CP" io.tributary.bench.realtime.BareWebSocketServer port="$1" \
    strictThreadMode="${2:-false}" >"$OUT/bare.log" 2>&1 &
  BARE_PID=$!
  STARTED_PIDS+=($BARE_PID)
  wait_for_line "$OUT/bare.log" "bare WebSocket server listening" 60
}

stop_pid() { # stop_pid PID: kill one process we started and wait for it
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

bench_java() { # bench_java CLASS ARGS...: a client JVM in the foreground
  local cls="$1"; shift
  java $CLIENT_JVM_FLAGS -cp "$CP" "io.tributary.bench.realtime.$cls" "$@"
}

machine() {
  echo "machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), $(free -g | awk '/Mem:/{print $2}') GiB RAM"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "load average before run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "server JVM flags: $SERVER_JVM_FLAGS; client JVM flags: $CLIENT_JVM_FLAGS"
}

# prewarm SUB_PORT PUB_PORT: JIT warm-up of the nodes, not counted. A cold node runs the JS
# resolver in a cold interpreter and cannot keep up with a high rate, so the rate ramps up
# (50/s, 150/s, 300/s, 600/s; ~45 s); each step waits for its events before the next starts.
prewarm() {
  local step
  for step in 50:1000 150:1500 300:3000 600:6000; do
    bench_java LatencyBench subPort="$1" pubPort="$2" apiKey="$API_KEY" rate="${step%%:*}" samples="${step##*:}" \
      warmup=0 label="prewarm-${step%%:*}/s" | grep '^RESULT' | sed 's/^RESULT/prewarm (not counted):/'
  done
}
