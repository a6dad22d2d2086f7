package io.tributary.resolver.js;

import static io.tributary.resolver.js.JsTestSupport.ctx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsSandboxTest {

  private static JsRuntime runtime;

  @BeforeAll
  static void start() {
    runtime = new JsRuntime(new JsRuntimeOptions(10_000, 2));
  }

  @AfterAll
  static void stop() {
    runtime.close();
  }

  private static Object evaluate(String expression) throws JsCompileException {
    JsModule module = runtime.compile("probe.js", "export function request(ctx) {\n"
        + "  try { return " + expression + "; } catch (e) { return 'threw ' + e.name; }\n}");
    JsOutcome outcome = runtime.invoke(module, "request", new JsInvocation(ctx("Query", "q", Map.of()), false));
    return outcome.value();
  }

  @Test
  void javaInteropIsUnreachable() throws Exception {
    assertEquals("threw ReferenceError", evaluate("Java.type('java.lang.System').exit(1)"));
    assertEquals("threw ReferenceError", evaluate("java.lang.System"));
    assertEquals("threw ReferenceError", evaluate("Packages.java.io.File"));
    assertEquals("threw ReferenceError", evaluate("Polyglot.eval('js', '1')"));
    assertEquals("undefined", evaluate("typeof globalThis.__tributaryHost"));
  }

  @Test
  void shimModulesDoNotExposeHostObjects() throws Exception {
    JsModule module = runtime.compile("shim-probe.js", """
        import * as utils from '@aws-appsync/utils';
        import { host } from '/shim/runtime-state.mjs';
        export function request(ctx) {
          try { return [Object.keys(utils).sort(), typeof host.getClass, String(host.autoId.getClass)]; }
          catch (e) { return 'threw ' + e.name; }
        }
        """);
    Object value = runtime.invoke(module, "request", new JsInvocation(ctx("Query", "q", Map.of()), false)).value();
    assertEquals(List.of(List.of("extensions", "runtime", "util"), "undefined", "undefined"), value);
  }

  @Test
  void engineBuiltinsForFilesAndOutputAreGone() throws Exception {
    assertEquals(List.of("undefined", "undefined", "undefined", "undefined", "undefined", "undefined"),
        evaluate("[typeof load, typeof print, typeof read, typeof readbuffer, typeof require, typeof process]"));
  }

  @Test
  void networkApisDoNotExist() throws Exception {
    assertEquals(List.of("undefined", "undefined", "undefined"),
        evaluate("[typeof fetch, typeof XMLHttpRequest, typeof WebSocket]"));
  }

  @Test
  void importingRealFilesFails() {
    for (String path : List.of("/etc/passwd", "./x.js", "../../../../etc/hosts", "file:///etc/passwd",
        "https://example.com/x.mjs", "/shim/../etc/passwd")) {
      JsCompileException e = assertThrows(JsCompileException.class,
          () -> runtime.compile("import-probe.js", "import x from '" + path + "';\nexport function request() { return x; }"),
          path);
      assertTrue(e.getMessage().startsWith("import-probe.js"), e.getMessage());
    }
  }

  @Test
  void dynamicImportOfFilesFails() throws Exception {
    JsModule module = runtime.compile("dynamic.js", """
        let result = 'pending';
        import('/etc/passwd').then(() => { result = 'loaded'; }, (e) => { result = 'rejected'; });
        export function request(ctx) { return result; }
        """);
    Object value = runtime.invoke(module, "request", new JsInvocation(ctx("Query", "q", Map.of()), false)).value();
    assertEquals("rejected", value);
  }

  @Test
  void consoleDoesNotReachProcessOutput() throws Exception {
    JsModule module = runtime.compile("console.js", "export function request(ctx) { console.log('x'); return 1; }");
    JsOutcome outcome = runtime.invoke(module, "request", new JsInvocation(ctx("Query", "q", Map.of()), false));
    assertEquals(List.of("INFO x"), outcome.logs());
  }
}
