#!/usr/bin/env bash
# Issue 2: gateway overhead over a raw Vert.x 5 HTTP endpoint, side by side in one run.
#   (a) raw: io.tributary.bench.RawHttpBench: parses the POSTed JSON, answers
#       {"data":{"hello":"world"}}
#   (b) gateway: the gateway (bench/config/playground.yaml): API-key auth, GraphQL, the JS
#       resolver of Query.hello on a NONE data source; same body. Default JDK 17, where GraalJS
#       runs interpreter-only.
#   (c) gateway-jit: the same gateway and config on JDK 25 with the Graal JIT (jit_setup in
#       lib.sh, the README's "Faster resolvers" launch). On by default when JIT_JAVA exists;
#       JIT=0 leaves it out.
# Each server runs in its own JVM; wrk (another process) loads one at a time with a fixed number
# of connections; the order of the variants rotates from round to round so drift hits all of
# them. Server CPU per request comes from utime+stime in /proc/<pid>/stat before and after each
# round. Warm-up: WARMUP_ROUNDS rounds of every variant (60 s of load each by default), which
# covers C2 compiling the interpreter on JDK 17 and Truffle compiling the resolver on JDK 25.
# Tunables (env): WARMUP_ROUNDS=6 ROUNDS=5 ROUND_SECONDS=10 CONNECTIONS=32 WRK_THREADS=1 JIT=1
#                 JIT_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java JIT_GRAAL_VERSION=25.0.3
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
trap stop_started EXIT

WARMUP_ROUNDS="${WARMUP_ROUNDS:-6}"
ROUNDS="${ROUNDS:-5}"
ROUND_SECONDS="${ROUND_SECONDS:-10}"
CONNECTIONS="${CONNECTIONS:-32}"
JIT="${JIT:-1}"
RESULTS="$WORK/http-overhead.results"
BODY='{"query":"{ hello }"}'
EXPECTED='{"data":{"hello":"world"}}'
if [ "$JIT" = 1 ] && ! jit_available; then
  log "no $JIT_JAVA: gateway-jit left out"
  JIT=0
fi

build
[ "$JIT" = 1 ] && jit_setup
: >"$RESULTS"
gateway_url() { sed 's#http://localhost#http://127.0.0.1#' <<<"${LAST_READY%% *}"; }
start_java raw io.tributary.bench.RawHttpBench
VARIANTS=(raw); PIDS=("$LAST_PID"); URLS=("${LAST_READY%% *}")
start_java gateway io.tributary.bench.GatewayServerBench bench/config/playground.yaml
VARIANTS+=(gateway); PIDS+=("$LAST_PID"); URLS+=("$(gateway_url)")
if [ "$JIT" = 1 ]; then
  start_java_jit gateway-jit io.tributary.bench.GatewayServerBench bench/config/playground.yaml
  VARIANTS+=(gateway-jit); PIDS+=("$LAST_PID"); URLS+=("$(gateway_url)")
fi

check_answer() { # URL WHEN : the same body from every variant, before and after the load
  local got
  got="$(curl -s -X POST -H 'content-type: application/json' -H "x-api-key: $API_KEY" -d "$BODY" "$1")"
  [ "$got" = "$EXPECTED" ] || { echo "unexpected answer from $1 $2: $got" >&2; exit 1; }
}
for url in "${URLS[@]}"; do check_answer "$url" "before the load"; done
log "${VARIANTS[*]} all answer $EXPECTED"

export BENCH_BODY="$BODY" BENCH_API_KEY="$API_KEY"
run_all() { # ROUND PHASE : every variant once; the starting variant rotates with the round
  local n=${#VARIANTS[@]} k i
  for k in $(seq 0 $((n - 1))); do
    i=$(( ($1 + k) % n ))
    measure "${VARIANTS[$i]}" "${PIDS[$i]}" "${URLS[$i]}" "$ROUND_SECONDS" "$CONNECTIONS" "$1" "$2"
  done
}
for round in $(seq 1 "$WARMUP_ROUNDS"); do run_all "$round" warmup; done
for round in $(seq 1 "$ROUNDS"); do run_all "$round" measured; done

for url in "${URLS[@]}"; do check_answer "$url" "after the load"; done

echo "# http-overhead: $ROUNDS measured rounds x ${ROUND_SECONDS}s, $CONNECTIONS connections, wrk -t ${WRK_THREADS:-1}; $(nproc) cores"
echo "# variants: ${VARIANTS[*]}; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$JIT" = 1 ]; then
  echo "# gateway-jit: $("$JIT_JAVA" -version 2>&1 | head -1), polyglot $JIT_GRAAL_VERSION + Graal JIT," \
    "$(jit_compilations gateway-jit) Truffle compilations logged"
  [ "$(jit_compilations gateway-jit)" -gt 0 ] || echo "# WARNING: no Truffle compilation logged: the JIT was not active"
fi
python3 "$BENCH_DIR/summarize.py" http-overhead "$RESULTS"
