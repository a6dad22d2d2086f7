package io.tributary.resolver.js;

import static io.tributary.resolver.js.JsTestSupport.ctx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsRuntimeLimitsTest {

  private static final long TIMEOUT_MILLIS = 300;
  private static JsRuntime runtime;

  @BeforeAll
  static void start() {
    runtime = new JsRuntime(new JsRuntimeOptions(TIMEOUT_MILLIS, 2));
  }

  @AfterAll
  static void stop() {
    runtime.close();
  }

  private static JsInvocation invocation() {
    return new JsInvocation(ctx("Query", "q", Map.of("n", 3)), false);
  }

  @Test
  void anInfiniteLoopIsCancelledAndTheRuntimeKeepsWorking() throws Exception {
    JsModule looping = runtime.compile("loop.js", "export function request(ctx) { ctx.stash.a = 1; while (true) {} }");
    JsModule healthy = runtime.compile("healthy.js", "export function request(ctx) { return ctx.args.n * 2; }");

    for (int attempt = 0; attempt < 3; attempt++) {
      JsOutcome outcome = runtime.invoke(looping, "request", invocation());
      assertEquals("ExecutionTimeout", outcome.error().errorType());
      assertEquals("Resolver code exceeded its time limit of 300 ms", outcome.error().message());
      JsOutcome after = runtime.invoke(healthy, "request", invocation());
      assertEquals(6, after.value());
      assertNull(after.error());
    }
  }

  @Test
  void unboundedRecursionIsACodeErrorAndTheRuntimeKeepsWorking() throws Exception {
    JsModule module = runtime.compile("recurse.js",
        "function down(n) { return down(n + 1) + 1; }\nexport function request(ctx) { return down(0); }");
    JsOutcome outcome = runtime.invoke(module, "request", invocation());
    assertEquals("Code", outcome.error().errorType());
    assertTrue(outcome.error().message().toLowerCase().contains("stack"), outcome.error().message());
    JsModule healthy = runtime.compile("healthy3.js", "export function request(ctx) { return 'fine'; }");
    assertEquals("fine", runtime.invoke(healthy, "request", invocation()).value());
  }

  @Test
  void runawayRegexInUtilMatchesIsStopped() throws Exception {
    JsModule module = runtime.compile("regex.js", """
        import { util } from '@aws-appsync/utils';
        export function request(ctx) { return util.matches('((a+)+)+b', 'a'.repeat(40)); }
        """);
    JsOutcome outcome = runtime.invoke(module, "request", invocation());
    // Host code cannot be cancelled by the watchdog, so the regex stops itself at the same limit;
    // whichever notices first reports it.
    assertTrue(List.of("ExecutionTimeout", "Code").contains(outcome.error().errorType()));
    assertTrue(outcome.error().message().contains("time limit"), outcome.error().message());
    JsModule healthy = runtime.compile("healthy2.js", "export function request(ctx) { return 'fine'; }");
    assertEquals("fine", runtime.invoke(healthy, "request", invocation()).value());
  }

  @Test
  void topLevelInfiniteLoopFailsCompilation() {
    JsCompileException e = assertThrows(JsCompileException.class,
        () -> runtime.compile("toplevel.js", "while (true) {}\nexport function request(ctx) { return 1; }"));
    assertTrue(e.getMessage().contains("time limit"), e.getMessage());
  }

  @Test
  void syntaxErrorsReportLineAndColumn() {
    JsCompileException e = assertThrows(JsCompileException.class, () -> runtime.compile("broken.js", """
        export function request(ctx) {
          return { a: 1 ;
        }
        """));
    assertEquals(2, e.line());
    assertTrue(e.column() > 0);
    assertTrue(e.getMessage().startsWith("broken.js:2:"), e.getMessage());
    assertEquals("broken.js", e.moduleName());
  }

  @Test
  void failingTopLevelCodeAndMissingImportsFailCompilation() {
    JsCompileException thrown = assertThrows(JsCompileException.class,
        () -> runtime.compile("throws.js", "throw new Error('nope');\nexport function request() {}"));
    assertTrue(thrown.getMessage().contains("nope"), thrown.getMessage());
    JsCompileException missing = assertThrows(JsCompileException.class,
        () -> runtime.compile("missing.js", "import { nothing } from '@aws-appsync/utils';\nexport function request() {}"));
    assertTrue(missing.getMessage().contains("nothing"), missing.getMessage());
  }

  @Test
  void recompilingAModuleUnderTheSameNameUsesTheNewCode() throws Exception {
    JsModule first = runtime.compile("same.js", "export function request() { return 1; }");
    JsModule second = runtime.compile("same.js", "export function request() { return 2; }");
    assertEquals(1, runtime.invoke(first, "request", invocation()).value());
    assertEquals(2, runtime.invoke(second, "request", invocation()).value());
  }

  @Test
  void modulesOfAnotherRuntimeAreRejected() throws Exception {
    JsModule foreign;
    try (JsRuntime other = new JsRuntime(new JsRuntimeOptions(TIMEOUT_MILLIS, 1))) {
      foreign = other.compile("foreign.js", "export function request() { return 1; }");
    }
    assertThrows(IllegalArgumentException.class, () -> runtime.invoke(foreign, "request", invocation()));
  }

  @Test
  void nonJsonContextValuesAreRejectedClearly() throws Exception {
    JsModule module = runtime.compile("plain.js", "export function request(ctx) { return 1; }");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runtime.invoke(module, "request",
        new JsInvocation(Map.of("arguments", Map.of("when", new Object())), false)));
    assertTrue(e.getMessage().contains("not a plain JSON value"), e.getMessage());
  }
}
