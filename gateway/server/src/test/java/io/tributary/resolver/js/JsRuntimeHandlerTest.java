package io.tributary.resolver.js;

import static io.tributary.resolver.js.JsTestSupport.ctx;
import static io.tributary.resolver.js.JsTestSupport.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsRuntimeHandlerTest {

  private static JsRuntime runtime;

  @BeforeAll
  static void start() {
    runtime = new JsRuntime(new JsRuntimeOptions(10_000, 4));
  }

  @AfterAll
  static void stop() {
    runtime.close();
  }

  @Test
  void requestAndResponseHandlersSeeTheContextAndReturnPlainValues() throws Exception {
    JsModule module = runtime.compile("getPost.js", """
        export function request(ctx) {
          return { operation: 'GetItem', id: ctx.args.id, same: ctx.args === ctx.arguments,
                   field: ctx.info.fieldName, header: ctx.request.headers['x-trace'] };
        }
        export function response(ctx) {
          return { ...ctx.result, selected: ctx.info.selectionSetList };
        }
        """);
    assertTrue(runtime.exports(module, "request"));
    assertTrue(runtime.exports(module, "response"));
    assertFalse(runtime.exports(module, "other"));

    JsOutcome request = runtime.invoke(module, "request",
        new JsInvocation(ctx("Query", "getPost", Map.of("id", "p1")), false));
    assertEquals(Map.of("operation", "GetItem", "id", "p1", "same", true, "field", "getPost",
        "header", "t-1"), request.value());
    assertNull(request.error());

    JsOutcome response = runtime.invoke(module, "response", new JsInvocation(
        with(ctx("Query", "getPost", Map.of("id", "p1")), "result", Map.of("id", "p1", "title", "T")), false));
    assertEquals(Map.of("id", "p1", "title", "T", "selected", List.of("id", "title")), response.value());
  }

  @Test
  void undefinedReturnBecomesNullAndArrowExportsCount() throws Exception {
    JsModule module = runtime.compile("arrow.js", """
        export const request = (ctx) => undefined;
        export const response = (ctx) => ctx.result;
        export const notAFunction = 42;
        """);
    assertTrue(runtime.exports(module, "request"));
    assertFalse(runtime.exports(module, "notAFunction"));
    JsOutcome outcome = runtime.invoke(module, "request",
        new JsInvocation(ctx("Query", "q", Map.of()), false));
    assertNull(outcome.value());
    assertNull(outcome.error());
  }

  @Test
  void invokingAMissingExportIsACodeError() throws Exception {
    JsModule module = runtime.compile("onlyRequest.js", "export function request(ctx) { return 1; }");
    JsOutcome outcome = runtime.invoke(module, "response",
        new JsInvocation(ctx("Query", "q", Map.of()), false));
    assertEquals("Code", outcome.error().errorType());
    assertTrue(outcome.error().message().contains("response"), outcome.error().message());
  }

  @Test
  void stashAndPrevResultFlowThroughAPipeline() throws Exception {
    JsModule before = runtime.compile("before.js", """
        export function request(ctx) { ctx.stash.userId = ctx.args.userId; ctx.stash.steps = ['before']; return {}; }
        export function response(ctx) { return ctx.prev.result; }
        """);
    JsModule function1 = runtime.compile("fn1.js", """
        export function request(ctx) { ctx.stash.steps.push('fn1'); return { payload: { owner: ctx.stash.userId } }; }
        export function response(ctx) { return { ...ctx.result, doubled: ctx.result.n * 2 }; }
        """);
    JsModule function2 = runtime.compile("fn2.js", """
        export function request(ctx) { ctx.stash.steps.push('fn2'); return { payload: ctx.prev.result }; }
        export function response(ctx) { return { ...ctx.result, final: true }; }
        """);

    Map<String, Object> base = ctx("Query", "pipeline", Map.of("userId", "u-7"));
    JsOutcome start = runtime.invoke(before, "request", new JsInvocation(base, false));
    Map<String, Object> stash = start.stash();

    JsOutcome request1 = runtime.invoke(function1, "request",
        new JsInvocation(with(with(base, "stash", stash), "prev", Map.of("result", Map.of())), false));
    JsOutcome response1 = runtime.invoke(function1, "response", new JsInvocation(
        with(with(base, "stash", request1.stash()), "result", Map.of("n", 21, "owner", "u-7")), false));
    JsOutcome request2 = runtime.invoke(function2, "request", new JsInvocation(
        with(with(base, "stash", response1.stash()), "prev", Map.of("result", response1.value())), false));
    JsOutcome end = runtime.invoke(before, "response", new JsInvocation(
        with(with(base, "stash", request2.stash()), "prev", Map.of("result", Map.of("final", true))), false));

    assertEquals(Map.of("payload", Map.of("owner", "u-7")), request1.value());
    assertEquals(Map.of("n", 21, "owner", "u-7", "doubled", 42), response1.value());
    assertEquals(Map.of("payload", Map.of("n", 21, "owner", "u-7", "doubled", 42)), request2.value());
    assertEquals(List.of("before", "fn1", "fn2"), request2.stash().get("steps"));
    assertEquals("u-7", end.stash().get("userId"));
    assertEquals(Map.of("final", true), end.value());
  }

  @Test
  void consoleAndUtilLogAreCollected() throws Exception {
    JsModule module = runtime.compile("logging.js", """
        import { util } from '@aws-appsync/utils';
        export function request(ctx) {
          console.log('hello', { a: 1 });
          console.error('bad', 3);
          util.log.info('user {} did {}', 'u1', 'x', 'extra');
          return null;
        }
        """);
    JsOutcome outcome = runtime.invoke(module, "request",
        new JsInvocation(ctx("Query", "q", Map.of()), false));
    assertEquals(List.of("INFO hello {\"a\":1}", "ERROR bad 3", "INFO user u1 did x extra"), outcome.logs());
  }

  @Test
  void unserializableResultIsACodeError() throws Exception {
    JsModule module = runtime.compile("cyclic.js", """
        export function request(ctx) { const a = {}; a.self = a; return a; }
        """);
    JsOutcome outcome = runtime.invoke(module, "request",
        new JsInvocation(ctx("Query", "q", Map.of()), false));
    assertEquals("Code", outcome.error().errorType());
    assertTrue(outcome.error().message().startsWith("Resolver output is not serializable"));
  }

  @Test
  void identityInfoAndRequestBehaveLikePlainContextProperties() throws Exception {
    JsModule module = runtime.compile("whole-ctx.js", """
        export function request(ctx) {
          const whole = JSON.parse(JSON.stringify(ctx));
          const claims = ctx.identity.claims;
          ctx.request = { replaced: true };
          const { info } = ctx;
          return { sub: ctx.identity.sub, group: claims['cognito:groups'][0], keys: Object.keys(whole).sort(),
                   field: info.fieldName, request: ctx.request, wholeHeaders: whole.request.headers };
        }
        """);
    Map<String, Object> identity = Map.of("sub", "u-1", "issuer", "https://idp", "claims",
        Map.of("cognito:groups", List.of("admins")));
    JsOutcome outcome = runtime.invoke(module, "request",
        new JsInvocation(with(ctx("Query", "me", Map.of()), "identity", identity), false));
    assertEquals(Map.of("sub", "u-1", "group", "admins",
        "keys", List.of("args", "arguments", "error", "identity", "info", "prev", "request", "result", "source", "stash"),
        "field", "me", "request", Map.of("replaced", true), "wholeHeaders", Map.of("x-trace", "t-1")), outcome.value());
  }

  @Test
  void missingArgumentsAndStashDefaultToEmptyObjects() throws Exception {
    JsModule module = runtime.compile("defaults.js", """
        export function request(ctx) { ctx.stash.k = Object.keys(ctx.args).length; return ctx.info; }
        """);
    JsOutcome outcome = runtime.invoke(module, "request", new JsInvocation(Map.of(), false));
    assertEquals(Map.of("k", 0), outcome.stash());
    assertNull(outcome.value());
  }
}
