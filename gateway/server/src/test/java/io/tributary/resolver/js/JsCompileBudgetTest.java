package io.tributary.resolver.js;

import static io.tributary.resolver.js.JsTestSupport.ctx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A tight handler timeout must not make startup or fresh contexts fragile: a module's top-level
 * code gets at least {@link JsRuntime#MIN_COMPILE_MILLIS}, when compiling and when a pooled
 * context evaluates it for the first time, while handlers keep the short budget.
 */
class JsCompileBudgetTest {
  private static final String SLOW_TOP_LEVEL = """
      const start = Date.now();
      while (Date.now() - start < 1500) {}
      export function request(ctx) {
        const begun = Date.now();
        while (Date.now() - begun < 1500) {}
        return 'done';
      }
      export function response(ctx) {
        return 'fast';
      }
      """;
  private static JsRuntime runtime;

  @BeforeAll
  static void start() {
    runtime = new JsRuntime(new JsRuntimeOptions(500, 2));
  }

  @AfterAll
  static void stop() {
    runtime.close();
  }

  @Test
  void topLevelCodeSlowerThanTheHandlerTimeoutStillCompiles() throws Exception {
    JsModule module = runtime.compile("slowStart.js", SLOW_TOP_LEVEL);

    assertTrue(runtime.exports(module, "request"));
  }

  @Test
  void handlersKeepTheShortTimeoutAndAFreshContextLoadsTheModuleOutsideIt() throws Exception {
    JsModule module = runtime.compile("slowHandler.js", SLOW_TOP_LEVEL);

    JsOutcome slow = runtime.invoke(module, "request", new JsInvocation(ctx("Query", "slow", Map.of()), false));
    assertEquals(JsOutcome.EXECUTION_TIMEOUT, slow.error().errorType());

    // the timed-out context is gone, so this call runs on a context that must evaluate the module
    JsOutcome fast = runtime.invoke(module, "response", new JsInvocation(ctx("Query", "slow", Map.of()), false));
    assertEquals("fast", fast.value(), String.valueOf(fast.error()));
  }
}
