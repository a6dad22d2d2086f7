#!/usr/bin/env bash
# Issue 2, second part: cost of one APPSYNC_JS request + response handler pair, JSON round trips
# included, from io.tributary.resolver.js.JsRuntimeBench (thread CPU time, so waiting for a core
# on a shared machine is not counted). Target: <= 5 us per pair.
# Tunables (env): ROUNDS=6 ITERATIONS=200000
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build
(cd "$REPO" && java "${JVM_OPTS[@]}" -cp "$CP" io.tributary.resolver.js.JsRuntimeBench "${ROUNDS:-6}" "${ITERATIONS:-200000}") \
  | tee "$WORK/js-runtime.out"
# Round 1 includes warm-up; the rest are steady state.
awk '/^round/ && $2 != "1:" { cpu[++n] = $6 } END {
  asort(cpu); m = (n % 2) ? cpu[(n + 1) / 2] : (cpu[n / 2] + cpu[n / 2 + 1]) / 2
  printf "median thread CPU per request+response pair (rounds 2..): %d ns = %.1f us; target <= 5 us: %s\n", m, m / 1000, (m <= 5000 ? "MET" : "MISSED")
}' "$WORK/js-runtime.out"
