#!/usr/bin/env bash
# JsRuntimeBench (one APPSYNC_JS request + response handler pair, JSON round trips included)
# side by side on two runtimes, in one run:
#   (a) baseline: the project's build on the default JDK 17 with the pinned polyglot
#       (${graal.version} from pom.xml); Truffle runs interpreter-only there.
#   (b) jit: the same compiled classes on a stock JDK 25 (Temurin) with Truffle's optimizing
#       runtime: polyglot/js of JIT_GRAAL_VERSION on the class path (chosen with
#       -Dgraal.version, no pom change) and the Graal compiler jar of the same version from
#       Maven Central on --upgrade-module-path, with -XX:+EnableJVMCI.
# The JIT setup (compiler jars, class path, flags) is jit_setup in lib.sh, shared with
# http-overhead.sh.
# Tunables (env): ROUNDS=6 ITERATIONS=200000 JIT_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
#                 JIT_GRAAL_VERSION=25.0.3
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROUNDS="${ROUNDS:-6}"
ITERATIONS="${ITERATIONS:-200000}"

build
jit_setup
jit_feature="$JIT_FEATURE"

# run_bench NAME JAVA CLASSPATH JVM_FLAGS... : the benchmark, its output in $WORK/js-jit-NAME.out
# and its whole-process CPU (compiler threads included) in $WORK/js-jit-NAME.time.
run_bench() {
  local name="$1" java="$2" cp="$3"; shift 3
  local timer=()
  [ -x /usr/bin/time ] && timer=(/usr/bin/time -f '%U %S' -o "$WORK/js-jit-$name.time")
  log "running JsRuntimeBench: $name ($ROUNDS rounds x $ITERATIONS pairs)"
  (cd "$REPO" && exec "${timer[@]}" "$java" "$@" -cp "$cp" io.tributary.resolver.js.JsRuntimeBench \
      "$ROUNDS" "$ITERATIONS") >"$WORK/js-jit-$name.out" 2>"$WORK/js-jit-$name.err" &
  local pid=$!
  STARTED_PIDS+=("$pid")
  wait "$pid" || { echo "$name failed:" >&2; tail -30 "$WORK/js-jit-$name.err" >&2; exit 1; }
  cat "$WORK/js-jit-$name.out"
}

process_cpu() { # NAME : user+sys seconds of the whole JVM (JIT compiler threads included)
  [ -s "$WORK/js-jit-$1.time" ] && awk '{ printf "%.1f s", $1 + $2 }' "$WORK/js-jit-$1.time" || echo "n/a"
}

median_of() { # FILE : median thread CPU ns per pair over rounds 2..
  awk '/^round/ && $2 != "1:" { cpu[++n] = $6 } END {
    asort(cpu); print (n % 2) ? cpu[(n + 1) / 2] : int((cpu[n / 2] + cpu[n / 2 + 1]) / 2) }' "$1"
}

trap stop_started EXIT
run_bench jdk17-interpreter java "$CP" "${JVM_OPTS[@]}"
run_bench jdk25-jit "$JIT_JAVA" "$JIT_CP" "${JVM_OPTS[@]}" "${JIT_OPTS[@]}" \
  -Dpolyglot.engine.TraceCompilation=true "-Dpolyglot.log.file=$WORK/js-jit-compilations.log"

# Proof the optimizing runtime was on: Truffle logs every finished compilation.
compilations="$(jit_compilations js-jit)"
[ "$compilations" -gt 0 ] || { echo "no Truffle compilations logged: JIT was not active" >&2; exit 1; }

base="$(median_of "$WORK/js-jit-jdk17-interpreter.out")"
jit="$(median_of "$WORK/js-jit-jdk25-jit.out")"
echo "# js-jit: median thread CPU per request+response pair, rounds 2..$ROUNDS of $ITERATIONS pairs; $(nproc) cores"
awk -v b="$base" -v j="$jit" -v f="$jit_feature" -v v="$JIT_GRAAL_VERSION" -v n="$compilations" \
    -v bp="$(process_cpu jdk17-interpreter)" -v jp="$(process_cpu jdk25-jit)" 'BEGIN {
  printf "%-50s %6.2f us  (whole JVM CPU for the run: %s)\n", "JDK 17, polyglot from pom.xml, interpreter-only:", b / 1000, bp
  printf "%-50s %6.2f us  (whole JVM CPU for the run: %s; %d Truffle compilations)\n", \
    "JDK " f ", polyglot " v " + Graal JIT:", j / 1000, jp, n
  printf "target <= 5 us: interpreter %s, jit %s\n", (b <= 5000 ? "MET" : "MISSED"), (j <= 5000 ? "MET" : "MISSED")
}'
