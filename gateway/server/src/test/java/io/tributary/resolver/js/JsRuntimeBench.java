package io.tributary.resolver.js;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;

/**
 * Microbenchmark, not a test: cost of one request + response pair of a trivial resolver, including
 * the JSON round trips. Run with
 * {@code java -Dpolyglot.engine.WarnInterpreterOnly=false -cp <test classpath> io.tributary.resolver.js.JsRuntimeBench}.
 */
public final class JsRuntimeBench {

  private static final String RESOLVER = """
      import { util } from '@aws-appsync/utils';
      export function request(ctx) {
        return { operation: 'GetItem', key: { id: { S: ctx.args.id } } };
      }
      export function response(ctx) {
        return ctx.result;
      }
      """;

  // On a shared machine wall time includes waiting for a core; thread CPU time does not.
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private JsRuntimeBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
    try (JsRuntime runtime = new JsRuntime(new JsRuntimeOptions(1000, 2))) {
      JsModule module = runtime.compile("bench.js", RESOLVER);
      Map<String, Object> requestCtx = JsTestSupport.ctx("Query", "getPost", Map.of("id", "p-1"));
      Map<String, Object> responseCtx =
          JsTestSupport.with(requestCtx, "result", Map.of("id", "p-1", "title", "Hello"));
      JsInvocation request = new JsInvocation(requestCtx, false);
      JsInvocation response = new JsInvocation(responseCtx, false);
      for (int round = 1; round <= rounds; round++) {
        long start = System.nanoTime();
        long startCpu = THREADS.getCurrentThreadCpuTime();
        Object sink = null;
        for (int i = 0; i < iterations; i++) {
          sink = runtime.invoke(module, "request", request).value();
          sink = runtime.invoke(module, "response", response).value();
        }
        long perPair = (System.nanoTime() - start) / iterations;
        long cpuPerPair = (THREADS.getCurrentThreadCpuTime() - startCpu) / iterations;
        System.out.printf("round %d: %d ns/op wall, %d ns/op thread CPU (request+response pair)%s%n",
            round, perPair, cpuPerPair, sink == null ? " [no result!]" : "");
      }
    }
  }
}
