package io.tributary.resolver.js;

import static io.tributary.resolver.js.JsTestSupport.ctx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JsRuntimeConcurrencyTest {

  private static final int THREADS = 4;
  private static final int CALLS_PER_THREAD = 1000;

  @Test
  void concurrentInvocationsEachSeeTheirOwnContext() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (JsRuntime runtime = new JsRuntime(new JsRuntimeOptions(5000, 2))) {
      JsModule module = runtime.compile("concurrent.js", """
          import { util } from '@aws-appsync/utils';
          let calls = 0;
          export function request(ctx) {
            calls++;
            ctx.stash.seen = ctx.args.thread + ':' + ctx.args.i;
            if (ctx.args.i % 10 === 0) { util.appendError('tenth ' + ctx.args.i); }
            return { thread: ctx.args.thread, i: ctx.args.i, square: ctx.args.i * ctx.args.i };
          }
          """);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        results.add(pool.submit(worker(runtime, module, t)));
      }
      for (Future<Integer> result : results) {
        assertEquals(CALLS_PER_THREAD, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // Only two contexts are pooled for four threads, so overflow contexts are opened and closed too.
  private static Callable<Integer> worker(JsRuntime runtime, JsModule module, int thread) {
    return () -> {
      int correct = 0;
      for (int i = 0; i < CALLS_PER_THREAD; i++) {
        JsOutcome outcome = runtime.invoke(module, "request",
            new JsInvocation(ctx("Query", "q", Map.of("thread", thread, "i", i)), false));
        boolean right = Map.of("thread", thread, "i", i, "square", i * i).equals(outcome.value())
            && (thread + ":" + i).equals(outcome.stash().get("seen"))
            && outcome.appendedErrors().size() == (i % 10 == 0 ? 1 : 0)
            && outcome.error() == null;
        correct += right ? 1 : 0;
      }
      return correct;
    };
  }
}
