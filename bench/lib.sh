# Shared by the bench/*.sh scripts: build, start/stop servers, read a process's CPU time, run wrk.
# Sourced, not run. Everything listens on and is loaded at 127.0.0.1 only.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
WORK="$REPO/bench/target"
JVM_OPTS=(-Xms512m -Xmx1g -Dpolyglot.engine.WarnInterpreterOnly=false -Xss4m)
API_KEY="da2-tributarybenchmark000000001"
CLK_TCK="$(getconf CLK_TCK)"
STARTED_PIDS=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# Kills only what this script started, by PID.
stop_started() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${STARTED_PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
}

# Compiles main + test classes offline and writes the test classpath to $WORK/classpath.
build() {
  mkdir -p "$WORK"
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
  log "building (mvn -o test-compile)"
  (cd "$REPO" && mvn -B -q -o -pl gateway/server -am test-compile >"$WORK/build.log" 2>&1) \
    || { cat "$WORK/build.log" >&2; exit 1; }
  (cd "$REPO" && mvn -B -q -o -pl gateway/server -am dependency:build-classpath \
      -Dmdep.outputFile="$WORK/deps.classpath" >>"$WORK/build.log" 2>&1) \
    || { cat "$WORK/build.log" >&2; exit 1; }
  CP="$REPO/gateway/server/target/test-classes:$REPO/gateway/server/target/classes:$(cat "$WORK/deps.classpath")"
}

# start_java NAME MAIN_CLASS ARGS... : starts a JVM on the default java with JVM_OPTS and $CP in
# the background (cwd = repo root); see start_jvm.
start_java() {
  local name="$1"; shift
  start_jvm "$name" java "$CP" "${JVM_OPTS[@]}" -- "$@"
}

# start_java_jit NAME MAIN_CLASS ARGS... : the same on JIT_JAVA with the Graal JIT (jit_setup
# first); Truffle logs its compilations to $WORK/NAME-compilations.log.
start_java_jit() {
  local name="$1"; shift
  start_jvm "$name" "$JIT_JAVA" "$JIT_CP" "${JVM_OPTS[@]}" "${JIT_OPTS[@]}" \
    -Dpolyglot.engine.TraceCompilation=true "-Dpolyglot.log.file=$WORK/$name-compilations.log" -- "$@"
}

# start_jvm NAME JAVA CLASSPATH JVM_FLAGS... -- MAIN_CLASS ARGS... : starts a JVM in the background
# (cwd = repo root), waits up to 180 s for its READY line, sets LAST_PID and LAST_READY (the READY
# line's text).
start_jvm() {
  local name="$1" java="$2" cp="$3"; shift 3
  local flags=()
  while [ "$1" != "--" ]; do flags+=("$1"); shift; done
  shift
  local logfile="$WORK/$name.log"
  (cd "$REPO" && exec "$java" "${flags[@]}" -cp "$cp" "$@") >"$logfile" 2>&1 &
  LAST_PID=$!
  STARTED_PIDS+=("$LAST_PID")
  local deadline=$((SECONDS + 180))
  while ! grep -q '^READY ' "$logfile"; do
    if ! kill -0 "$LAST_PID" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
      echo "$name did not start; its log:" >&2; tail -40 "$logfile" >&2; exit 1
    fi
    sleep 0.5
  done
  LAST_READY="$(grep -m1 '^READY ' "$logfile" | cut -d' ' -f2-)"
  log "$name ready (pid $LAST_PID): $LAST_READY"
}

# The Graal JIT setup (README "Faster resolvers: the Graal JIT on JDK 25"): the project's classes on
# a stock JDK 25 with polyglot/js of JIT_GRAAL_VERSION on the class path (chosen with
# -Dgraal.version, no pom change) and the Graal compiler jar of the same version from Maven
# Central on --upgrade-module-path, with -XX:+EnableJVMCI. Truffle requires the compiler version
# to equal the polyglot version exactly. Why not JIT with the older 24.0.2: its truffle-runtime
# fails on JDK 25's JVMCI (NoSuchFieldError Services.IS_BUILDING_NATIVE_IMAGE), compiler 24.0.2
# fails on JDK 25 (NoClassDefFoundError HotSpotJVMCICompilerFactory) and cannot load on JDK 17.
# The compiler jars are copied into bench/target/jit-compiler (never committed); resolving them
# needs network access to Maven Central the first time.
JIT_JAVA="${JIT_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
JIT_GRAAL_VERSION="${JIT_GRAAL_VERSION:-25.0.3}"
COMPILER_DIR="$WORK/jit-compiler"
JIT_OPTS=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$COMPILER_DIR"
  --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)

jit_available() { [ -x "$JIT_JAVA" ]; }

# jit_setup: after build; checks JIT_JAVA's feature release, fetches the compiler jars, sets
# JIT_CP and JIT_FEATURE.
jit_setup() {
  jit_available || { echo "JIT_JAVA=$JIT_JAVA is not an executable JDK 25 java" >&2; exit 1; }
  JIT_FEATURE="$("$JIT_JAVA" -XshowSettings:properties -version 2>&1 \
    | awk -F' = ' '/java.specification.version/ { print $2 }')"
  [ "$JIT_FEATURE" = "${JIT_GRAAL_VERSION%%.*}" ] || { echo "Graal $JIT_GRAAL_VERSION needs JDK \
${JIT_GRAAL_VERSION%%.*}, $JIT_JAVA is JDK $JIT_FEATURE" >&2; exit 1; }
  # The Graal compiler and the three modules it requires, all of the polyglot version.
  log "fetching Graal compiler $JIT_GRAAL_VERSION into $COMPILER_DIR"
  rm -rf "$COMPILER_DIR" && mkdir -p "$COMPILER_DIR"
  local ga
  for ga in org.graalvm.compiler:compiler org.graalvm.sdk:collections org.graalvm.sdk:word \
      org.graalvm.truffle:truffle-compiler; do
    (cd "$WORK" && mvn -B -q dependency:copy -Dartifact="$ga:$JIT_GRAAL_VERSION" \
        -DoutputDirectory="$COMPILER_DIR" >>"$WORK/build.log" 2>&1) \
      || { tail -20 "$WORK/build.log" >&2; exit 1; }
  done
  log "resolving the class path with polyglot $JIT_GRAAL_VERSION"
  (cd "$REPO" && mvn -B -q -pl gateway/server dependency:build-classpath \
      -Dgraal.version="$JIT_GRAAL_VERSION" -Dmdep.outputFile="$WORK/deps-jit.classpath" \
      >>"$WORK/build.log" 2>&1) || { tail -20 "$WORK/build.log" >&2; exit 1; }
  JIT_CP="$REPO/gateway/server/target/test-classes:$REPO/gateway/server/target/classes:$(cat "$WORK/deps-jit.classpath")"
}

# jit_compilations NAME : how many Truffle compilations finished (proof the JIT was on).
jit_compilations() {
  grep -c 'opt done' "$WORK/$1-compilations.log" 2>/dev/null || true
}

# utime + stime of a process, all threads, in clock ticks.
cpu_ticks() {
  sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}

# wrk_round URL SECONDS CONNECTIONS : one wrk run with bench/wrk/post.lua, prints its RESULT line.
wrk_round() {
  local out
  out="$(wrk -t "${WRK_THREADS:-1}" -c "$3" -d "${2}s" --timeout 30s --latency \
    -s "$BENCH_DIR/wrk/post.lua" "$1")"
  grep '^RESULT ' <<<"$out" | cut -d' ' -f2-
}

# measure NAME PID URL SECONDS CONNECTIONS ROUND PHASE [STATS_URL] : one round against one
# server, with the server's CPU time read before and after (and BACKEND_PID's, when set), and the
# DynamoDB call counts from STATS_URL when given; appends a key=value line to $RESULTS.
measure() {
  local before after result backend_before=0 backend_after=0 calls_before='{}' calls_after='{}'
  [ -n "${8:-}" ] && calls_before="$(curl -s "$8")"
  [ -n "${BACKEND_PID:-}" ] && backend_before="$(cpu_ticks "$BACKEND_PID")"
  before="$(cpu_ticks "$2")"
  result="$(wrk_round "$3" "$4" "$5")"
  after="$(cpu_ticks "$2")"
  [ -n "${BACKEND_PID:-}" ] && backend_after="$(cpu_ticks "$BACKEND_PID")"
  [ -n "${8:-}" ] && calls_after="$(curl -s "$8")"
  echo "variant=$1 round=$6 phase=$7 cpu_ticks=$((after - before)) backend_ticks=$((backend_after - backend_before)) clk_tck=$CLK_TCK calls_before=$calls_before calls_after=$calls_after $result" >>"$RESULTS"
  log "$7 round $6 $1: $result cpu_ticks=$((after - before))"
}
